"""The language server end to end over stdio (pytest-lsp), with a real tiny checkpoint."""

from __future__ import annotations

import asyncio

import pytest
import pytest_lsp
from lsp_helpers import LANGS, SERVER, TIMEOUT_S, _start, hints, open_and_wait, sample
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import ClientServerConfig, LanguageClient

from perfhint.server.functions import find_functions


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER))
async def client(lsp_client: LanguageClient, server_model_dir):
    await _start(lsp_client, server_model_dir, "neovim@v0.11.0")
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER))
async def vscode(lsp_client: LanguageClient, server_model_dir):
    await _start(lsp_client, server_model_dir, "visual-studio-code")
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER))
async def no_model(lsp_client: LanguageClient, tmp_path):
    await _start(lsp_client, tmp_path / "missing-model", "visual-studio-code")
    yield
    await lsp_client.shutdown_session()


def _lsp_id(lang: str) -> str:
    return {"csharp": "csharp"}.get(lang, lang)


async def test_inlay_hints_after_every_function_in_many_languages(client: LanguageClient):
    assert client.init_result.capabilities.inlay_hint_provider
    for lang in LANGS:
        path = sample(lang)
        uri = await open_and_wait(client, path, _lsp_id(lang))
        got = await hints(client, uri)
        fns = find_functions(lang, path.read_bytes())
        file_hints = [h for h in got if h.label.startswith("file ")]
        assert len(file_hints) == 1, lang
        fn_hints = [h for h in got if not h.label.startswith("file ")]
        # python's nn.Module class gets no hint on a CPU profile (it is not a function)
        expected = [f for f in fns if f.kind == "function"]
        assert [(h.position.line, h.position.character) for h in fn_hints] == [
            f.signature_end for f in expected
        ], lang
        for h in fn_hints:
            assert "B" in h.label and "s" in h.label and " · " in h.label, h.label


async def test_hover_shows_median_range_profile_and_version(client: LanguageClient):
    for lang in ["python", "rust", "java", "haskell", "scala", "php", "ocaml", "swift"]:
        path = sample(lang)
        uri = await open_and_wait(client, path, lang)
        fn = find_functions(lang, path.read_bytes())[-1]
        hover = await client.text_document_hover_async(
            types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(fn.start_line, 0))
        )
        assert hover is not None, lang
        text = hover.contents.value
        assert f"`{fn.name}`" in text and "this-machine" in text and "p10 – p90" in text
        assert "peak memory" in text and "latency" in text and "server-tiny-" in text
        file_hover = await client.text_document_hover_async(
            types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(0, 0))
        )
        assert file_hover is not None and (
            "whole file" in file_hover.contents.value or "`" in file_hover.contents.value
        )
    # nothing to say inside a body, or in a document the server does not know
    nothing = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier("file:///nope.py"), types.Position(0, 0))
    )
    assert nothing is None


async def test_budget_diagnostics_follow_settings(client: LanguageClient):
    uris = {
        lang: await open_and_wait(client, sample(lang), lang)
        for lang in ["python", "go", "c", "csharp"]
    }
    assert all(len(client.diagnostics[u]) == 0 for u in uris.values())  # no budgets yet
    waiter = client.protocol.wait_for_notification_async(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(
            settings={"perfhint": {"budgets": {"latency_s": 1e-15, "peak_memory_bytes": 1e30}}}
        )
    )
    await asyncio.wait_for(waiter, TIMEOUT_S)
    await asyncio.sleep(0.5)
    for lang, uri in uris.items():
        diags = client.diagnostics[uri]
        names = {f.name for f in find_functions(lang, sample(lang).read_bytes())}
        assert diags, lang
        assert all(
            d.severity == types.DiagnosticSeverity.Warning and d.source == "perfhint" for d in diags
        )
        assert all("latency" in d.message and "exceeds the budget" in d.message for d in diags)
        flagged = {d.message.split(":")[0] for d in diags}
        assert flagged <= names | {"file"} and len(flagged) >= 3, (lang, flagged)


async def test_profiles_list_and_switch_changes_hints(client: LanguageClient):
    rows = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="perfhint.listProfiles")
    )
    by_id = {r["id"]: r for r in rows}
    assert set(by_id) == {"this-machine", "nvidia-h100-sxm", "pixel3"}
    assert by_id["nvidia-h100-sxm"]["kind"] == "gpu" and by_id["nvidia-h100-sxm"]["targets"] == [
        "latency_s"
    ]
    assert set(by_id["this-machine"]) == {"id", "name", "kind", "targets"}

    path = sample("python")
    uri = await open_and_wait(client, path, "python")
    before = await hints(client, uri)
    n_refresh = len(client.refreshes)
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="perfhint.setProfile", arguments=["nvidia-h100-sxm"])
    )
    assert result == {"profile": "nvidia-h100-sxm"}
    assert len(client.refreshes) > n_refresh  # the client was asked to refresh its hints
    after = await hints(client, uri)
    assert [h.label for h in after] != [h.label for h in before]
    labels = {h.position.line: h.label for h in after}
    fns = {f.name: f for f in find_functions("python", path.read_bytes())}
    # GPU profile: the file and the nn.Module (class and forward) in eager and compile modes,
    # the triton kernel as a kernel; plain functions are not predicted
    assert "eager" in labels[0] and "compile-max-autotune" in labels[0]
    assert "eager" in labels[fns["Net"].signature_end[0]]
    assert "eager" in labels[fns["forward"].signature_end[0]]
    assert fns["add_kernel"].signature_end[0] in labels
    assert fns["square"].signature_end[0] not in labels
    hover = await client.text_document_hover_async(
        types.HoverParams(
            types.TextDocumentIdentifier(uri), types.Position(fns["Net"].start_line, 0)
        )
    )
    text = hover.contents.value
    assert "eager; torch.compile: ~" in text and "compile-max-autotune" in text
    assert "x faster" in text or "x slower" in text  # the predicted compile speed-up

    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="perfhint.setProfile", arguments=["pixel3"])
    )
    nas = {h.position.line: h.label for h in await hints(client, uri)}
    assert list(nas) == [fns["Net"].signature_end[0], fns["forward"].signature_end[0]]
    assert "%" in nas[fns["Net"].signature_end[0]]


async def test_utf16_positions_for_vscode(vscode: LanguageClient, tmp_path):
    path = tmp_path / "emoji.py"
    path.write_text('def f(s="héllo😀"):\n    return s\n')
    uri = await open_and_wait(vscode, path, "python")
    (hint,) = [h for h in await hints(vscode, uri) if not h.label.startswith("file ")]
    assert hint.position == types.Position(0, len('def f(s="héllo😀"):'.encode("utf-16-le")) // 2)


async def test_edits_update_hints(client: LanguageClient, tmp_path):
    path = tmp_path / "edit.py"
    path.write_text("def a():\n    return 1\n")
    uri = await open_and_wait(client, path, "python")
    assert len(await hints(client, uri)) == 2
    waiter = client.protocol.wait_for_notification_async(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            [
                types.TextDocumentContentChangePartial(
                    range=types.Range(types.Position(2, 0), types.Position(2, 0)),
                    text="def b(x):\n    return [x] * 1000\n",
                )
            ],
        )
    )
    await asyncio.wait_for(waiter, TIMEOUT_S)
    got = await hints(client, uri)
    assert sorted(h.position.line for h in got) == [0, 0, 2]


async def test_unknown_language_and_binary_get_nothing(client: LanguageClient, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("def f():\n    pass\n")
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri, "plaintext", 1, path.read_text())
        )
    )
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri + ".bin", "python", 1, "def f():\x00\x01\n  pass\n")
        )
    )
    assert await hints(client, uri) == []
    assert await hints(client, uri + ".bin") == []
    py = await open_and_wait(client, sample("python"), "python")  # the server is still fine
    assert await hints(client, py)


async def test_missing_model_shows_a_message_and_no_hints(no_model: LanguageClient):
    path = sample("python")
    uri = path.resolve().as_uri()
    waiter = no_model.protocol.wait_for_notification_async(types.WINDOW_SHOW_MESSAGE)
    no_model.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "python", 1, path.read_text()))
    )
    message = await asyncio.wait_for(waiter, TIMEOUT_S)
    assert message.type == types.MessageType.Error
    assert "modelPath" in message.message and "perfhint train" in message.message
    assert await hints(no_model, uri) == []
    rows = await no_model.workspace_execute_command_async(
        types.ExecuteCommandParams(command="perfhint.listProfiles")
    )
    assert rows == []


@pytest.mark.parametrize("bad", [["no-such-profile"], [], [42]])
async def test_bad_command_arguments_do_not_kill_the_server(client: LanguageClient, bad):
    if bad == ["no-such-profile"]:
        await client.workspace_execute_command_async(
            types.ExecuteCommandParams(command="perfhint.setProfile", arguments=bad)
        )
    else:
        with pytest.raises(JsonRpcException):
            await client.workspace_execute_command_async(
                types.ExecuteCommandParams(command="perfhint.setProfile", arguments=bad)
            )
    rows = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="perfhint.listProfiles")
    )
    assert rows


async def test_disabled_language_gets_no_hints(client: LanguageClient):
    py = await open_and_wait(client, sample("python"), "python")
    go = await open_and_wait(client, sample("go"), "go")
    assert await hints(client, py) and await hints(client, go)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"perfhint": {"disabledLanguages": ["python"]}})
    )
    await asyncio.sleep(0.5)
    assert await hints(client, py) == []
    assert await hints(client, go)
