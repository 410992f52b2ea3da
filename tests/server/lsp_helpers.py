"""Helpers shared by the pytest-lsp tests: start a session, open a document, read hints."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from lsprotocol import types
from pytest_lsp import LanguageClient, client_capabilities

from perfhint.server.functions import language_for_path

SAMPLES = Path(__file__).parent / "samples"
SERVER = [sys.executable, "-c", "from perfhint.server.lsp import serve; serve()"]
LANGS = [
    "python",
    "c",
    "cpp",
    "go",
    "rust",
    "java",
    "javascript",
    "typescript",
    "ruby",
    "haskell",
    "lua",
    "kotlin",
]
TIMEOUT_S = 60


def sample(lang: str) -> Path:
    (path,) = [p for p in SAMPLES.iterdir() if language_for_path(p).id == lang]
    return path


async def _start(lsp_client: LanguageClient, model_dir, capabilities: str, **options):
    refreshes = []

    @lsp_client.feature(types.WORKSPACE_INLAY_HINT_REFRESH)
    def _refresh(params):
        refreshes.append(params)

    lsp_client.refreshes = refreshes
    lsp_client.init_result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(capabilities),
            initialization_options={"perfhint": {"modelPath": str(model_dir), **options}},
        )
    )


async def open_and_wait(
    client: LanguageClient, path: Path, language_id: str, text: str | None = None
) -> str:
    """Open a document and wait until the server has published diagnostics for it."""
    uri = path.resolve().as_uri()
    waiter = client.protocol.wait_for_notification_async(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(
                uri=uri,
                language_id=language_id,
                version=1,
                text=path.read_text() if text is None else text,
            )
        )
    )
    while True:
        params = await asyncio.wait_for(waiter, TIMEOUT_S)
        if params.uri == uri:
            return uri
        waiter = client.protocol.wait_for_notification_async(
            types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS
        )


async def hints(client: LanguageClient, uri: str, last_line: int = 10_000) -> list[types.InlayHint]:
    rng = types.Range(types.Position(0, 0), types.Position(last_line, 0))
    got = await client.text_document_inlay_hint_async(
        types.InlayHintParams(types.TextDocumentIdentifier(uri), rng)
    )
    return got or []
