"""The server survives anything: random edits, pathological files, garbage on the wire."""

from __future__ import annotations

import asyncio
import json
import random
import subprocess
from pathlib import Path

import pytest
import pytest_lsp
from hypothesis import given, settings
from hypothesis import strategies as st
from lsp_helpers import SERVER, _start, hints, open_and_wait, sample
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from perfhint.server.functions import ParsedDocument, find_functions, load_languages
from perfhint.server.lsp import Settings

SNIPPETS = [
    "def ",
    "(",
    ")",
    ":",
    "\n",
    "    ",
    "{",
    "}",
    "fn ",
    "return x",
    "é😀",
    ";",
    '"',
    "'''",
    "\r\n",
    "\t",
    "end\n",
]


@st.composite
def edits(draw):
    """A list of (start_fraction, delete_len, inserted_text) splices."""
    return draw(
        st.lists(
            st.tuples(
                st.floats(0, 1),
                st.integers(0, 40),
                st.lists(st.sampled_from(SNIPPETS), max_size=6).map("".join),
            ),
            min_size=1,
            max_size=12,
        )
    )


@pytest.mark.parametrize("lang", ["python", "c", "rust", "haskell", "javascript", "ruby"])
@settings(max_examples=25, deadline=None)
@given(steps=edits())
def test_incremental_parse_equals_fresh_parse_under_random_edits(lang, steps):
    text = sample(lang).read_text()
    doc = ParsedDocument(load_languages()[lang], text.encode())
    for frac, delete, insert in steps:
        at = int(frac * len(text))
        text = text[:at] + insert + text[at + delete :]
        source = text.encode("utf-8", "surrogatepass")
        doc.update(source)
        fns = doc.functions()
        fresh = ParsedDocument(load_languages()[lang], source)
        if not fresh.tree.root_node.has_error:
            # tree-sitter's error recovery may differ between incremental and fresh parses;
            # on valid code they must agree exactly
            assert fns == fresh.functions()
        for f in fns:
            assert f.text == source[f.start_byte : f.end_byte].decode("utf-8", "replace")
            assert f.start_line <= f.signature_end[0] <= f.end_line


@given(st.recursive(st.none() | st.booleans() | st.floats() | st.text(max_size=5) | st.integers(),
                    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=12), c, max_size=4),
                    max_leaves=12))  # fmt: skip
def test_settings_accept_any_json_without_failing(raw):
    s = Settings().updated(raw)
    assert isinstance(s.profile, str) and all(isinstance(v, float) for v in s.budgets.values())
    s2 = Settings().updated(
        {"perfhint": {"budgets": {"latency_s": 0.5, "bad": "x", "nan": float("nan")}}}
    )
    assert s2.budgets == {"latency_s": 0.5}


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER))
async def client(lsp_client: LanguageClient, server_model_dir):
    await _start(lsp_client, server_model_dir, "neovim@v0.11.0")
    yield
    await lsp_client.shutdown_session()


def _pos(text: str, offset: int) -> types.Position:
    before = text[:offset]
    line = before.count("\n")
    col = len(before) - (before.rfind("\n") + 1)
    return types.Position(line, len(before[len(before) - col :].encode("utf-8")))  # neovim: utf-8


async def test_random_edit_sequence_then_pathological_files(client: LanguageClient, tmp_path):
    rng = random.Random(0)
    path = sample("python")
    text = path.read_text()
    uri = await open_and_wait(client, path, "python")
    for version in range(2, 60):
        a = rng.randrange(len(text) + 1)
        b = min(len(text), a + rng.randrange(30))
        insert = "".join(rng.choice(SNIPPETS) for _ in range(rng.randrange(4)))
        change = types.TextDocumentContentChangePartial(
            range=types.Range(_pos(text, a), _pos(text, b)), text=insert
        )
        text = text[:a] + insert + text[b:]
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version), [change]
            )
        )
        if version % 7 == 0:  # requests interleaved with typing are answered at once
            await asyncio.wait_for(hints(client, uri), 10)
    # settle, then the hints match a fresh parse of the final text
    waiter = client.protocol.wait_for_notification_async(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=100),
            [types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    await asyncio.wait_for(waiter, 60)
    got = [h for h in await hints(client, uri) if not h.label.startswith("file ")]
    expected = [f for f in find_functions("python", text) if f.kind == "function"]
    assert len(got) == len(expected)

    # positions past the end, a range the client invented, an unknown document
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=101),
            [
                types.TextDocumentContentChangePartial(
                    range=types.Range(types.Position(10_000, 5), types.Position(3, 0)), text="x"
                )
            ],
        )
    )
    await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(99_999, 99))
    )
    await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier("file:///x.py"), types.Position(0, 0))
    )

    big = tmp_path / "big.py"
    big.write_text(
        "".join(f"def f{i}(x):\n    return x + {i}\n\n" for i in range(17_000))
    )  # ~51k lines
    huge = tmp_path / "huge.py"
    huge.write_text("x = 1\n" * 400_000)  # 2.4 MB: skipped
    nested = tmp_path / "nested.c"
    nested.write_text("int f() { return " + "(" * 5000 + "1" + ")" * 5000 + "; }\n")
    line = tmp_path / "line.js"
    line.write_text("function g() { return [" + ",".join(["1"] * 100_000) + "]; }\n")
    broken = tmp_path / "broken.rs"
    broken.write_text("fn ok() -> i32 { 1 }\nfn broken( { let = ; \n}}}}\nfn also_ok() {}\r\n")
    # a 50k-line file: requests are answered at once (from the cache) while predictions run
    # in the background, for the file and its first functions only; closing it stops them
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(big.as_uri(), "python", 1, big.read_text())
        )
    )
    big_hints = await asyncio.wait_for(hints(client, big.as_uri(), last_line=60_000), 30)
    assert len(big_hints) <= 301
    hover = client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(big.as_uri()), types.Position(0, 0))
    )
    await asyncio.wait_for(hover, 30)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(big.as_uri()))
    )
    for p, lang in [(nested, "c"), (line, "javascript"), (broken, "rust")]:
        u = await open_and_wait(client, p, lang)
        assert await hints(client, u)
    assert {f.name for f in find_functions("rust", broken.read_text())} >= {"ok"}
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(huge.as_uri(), "python", 1, huge.read_text())
        )
    )
    assert await hints(client, huge.as_uri()) == []
    # still alive and answering
    assert await hints(client, uri) is not None
    rows = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="perfhint.listProfiles")
    )
    assert rows


def _frame(obj) -> bytes:
    body = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
    return f"Content-Length: {len(body)}\r\n\r\n".encode() + body


def test_garbage_on_the_wire_does_not_kill_the_server():
    init = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {"processId": None, "rootUri": None, "capabilities": {}},
    }
    payload = (
        _frame(b"{this is not json")
        + _frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"bogus": 1}})
        + _frame({"jsonrpc": "2.0", "id": 7, "method": "no/suchMethod", "params": {}})
        + _frame([1, 2, 3])
        + _frame(init)
        + _frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        + _frame({"jsonrpc": "2.0", "method": "exit"})
    )
    proc = subprocess.run(
        SERVER, input=payload, capture_output=True, timeout=120, cwd=Path(__file__).parents[2]
    )
    out = proc.stdout.decode()
    assert '"id": 1' in out and '"capabilities"' in out and "inlayHintProvider" in out
    assert '"id": 2' in out
