"""Language-server speed, measured through a real LSP client over stdio.

    .venv/bin/python bench/server.py [--model DIR] [--edits 40]

Prints
- parse + function-finding time per language (in-process, a ~2,000-line file per language);
- time to first hints when opening a 2,000-line Python file: cold (the server's first file,
  model load included) and warm (model loaded, nothing cached);
- edit-to-refreshed-hints latency p50/p95 for a one-function edit in that file (didChange
  -> server's workspace/inlayHint/refresh -> inlayHint answer holding the new hint),
  with and without the server's debounce;
- server RSS after opening 20 files (ps, the server process).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from perfhint.server.functions import ParsedDocument, load_languages
from perfhint.server.lsp import DEBOUNCE_S

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "server" / "samples"


def python_file(n_functions: int = 200, salt: str = "") -> str:
    """A ~2,000-line Python file: n functions of 10 lines each."""
    parts = ["import math\n\n"]
    for i in range(n_functions):
        parts.append(
            f"def work_{i}{salt}(n):\n"
            f"    total = 0\n"
            f"    for k in range(n * {i + 1}):\n"
            f"        total += math.sqrt(k) * {i}\n"
            f"    data = [k * k for k in range(n)]\n"
            f"    data.sort()\n"
            f"    if total > {i * 100}:\n"
            f"        return data[:{i + 1}]\n"
            f"    return total\n\n"
        )
    return "".join(parts)


def bench_parsing(repeats: int = 5) -> list[tuple[str, int, float, float, int]]:
    rows = []
    for lang in load_languages().values():
        (path,) = [p for p in SAMPLES.iterdir() if p.suffix in lang.extensions]
        sample = path.read_text()
        text = sample * max(1, 2000 // max(1, sample.count("\n")))
        source = text.encode()
        parse_s, find_s = [], []
        for _ in range(repeats):
            t0 = time.perf_counter()
            doc = ParsedDocument(lang, source)
            t1 = time.perf_counter()
            fns = doc.functions()
            t2 = time.perf_counter()
            parse_s.append(t1 - t0)
            find_s.append(t2 - t1)
        rows.append(
            (
                lang.id,
                text.count("\n"),
                statistics.median(parse_s),
                statistics.median(find_s),
                len(fns),
            )
        )
    return rows


class Bench:
    def __init__(self, model: str | None):
        self.client = LanguageClient("perfhint-bench", "1")
        self.refreshed = asyncio.Event()
        self.model = model

        @self.client.feature(types.WORKSPACE_INLAY_HINT_REFRESH)
        def _refresh(params):
            self.refreshed.set()

    async def start(self):
        args = ["-m", "perfhint.server", "serve"] + (["--model", self.model] if self.model else [])
        await self.client.start_io(sys.executable, *args)
        caps = types.ClientCapabilities(
            workspace=types.WorkspaceClientCapabilities(
                inlay_hint=types.InlayHintWorkspaceClientCapabilities(refresh_support=True)
            ),
            text_document=types.TextDocumentClientCapabilities(
                inlay_hint=types.InlayHintClientCapabilities()
            ),
        )
        await self.client.initialize_async(
            types.InitializeParams(capabilities=caps, initialization_options={})
        )
        self.client.initialized(types.InitializedParams())

    async def hints(self, uri: str) -> list[types.InlayHint]:
        rng = types.Range(types.Position(0, 0), types.Position(100_000, 0))
        return (
            await self.client.text_document_inlay_hint_async(
                types.InlayHintParams(types.TextDocumentIdentifier(uri), rng)
            )
            or []
        )

    async def open_until_hints(self, uri: str, text: str, expect: int) -> float:
        t0 = time.perf_counter()
        self.refreshed.clear()
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "python", 1, text))
        )
        while True:
            await asyncio.wait_for(self.refreshed.wait(), 1800)
            self.refreshed.clear()
            if len(await self.hints(uri)) >= expect:
                return time.perf_counter() - t0

    async def edit_once(self, uri: str, version: int, line: int, old: str, new: str) -> float:
        """Replace `old` by `new` on `line`; seconds until the refreshed hints hold the new text's hint."""
        col = 0
        self.refreshed.clear()
        t0 = time.perf_counter()
        change = types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(line, col), types.Position(line, col + len(old))),
            text=new,
        )
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version), [change]
            )
        )
        await asyncio.wait_for(self.refreshed.wait(), 600)
        await self.hints(uri)
        return time.perf_counter() - t0

    def rss_mb(self) -> float:
        pid = self.client._server.pid
        status = Path(f"/proc/{pid}/status").read_text()
        kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
        return kb / 1024

    async def stop(self):
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()


async def bench_server(model: str | None, edits: int) -> dict:
    out = {}
    b = Bench(model)
    await b.start()
    tmp = Path(tempfile.mkdtemp(prefix="perfhint-bench-"))
    text = python_file()
    n_hints = 201  # 200 functions + the file
    out["lines"] = text.count("\n")
    out["cold_first_hints_s"] = await b.open_until_hints((tmp / "cold.py").as_uri(), text, n_hints)
    print(f"first hints, cold: {out['cold_first_hints_s']:.2f} s", flush=True)
    out["warm_first_hints_s"] = await b.open_until_hints(
        (tmp / "warm.py").as_uri(), python_file(salt="_w"), n_hints
    )

    uri = (tmp / "cold.py").as_uri()
    lines = text.split("\n")
    target = next(i for i, s in enumerate(lines) if s.startswith("def work_100("))
    body_line = target + 3  # "        total += math.sqrt(k) * 100"
    old = lines[body_line]
    latencies = []
    for v in range(edits):
        new = f"        total += math.sqrt(k) * {1000 + v}"
        latencies.append(await b.edit_once(uri, v + 2, body_line, old, new))
        old = new
    latencies.sort()
    out["edit_p50_s"] = statistics.median(latencies)
    out["edit_p95_s"] = latencies[min(len(latencies) - 1, int(round(0.95 * (len(latencies) - 1))))]

    print(
        f"edit -> refreshed hints ({edits} one-function edits): p50 {out['edit_p50_s'] * 1e3:.0f} ms, "
        f"p95 {out['edit_p95_s'] * 1e3:.0f} ms",
        flush=True,
    )
    for i in range(18):  # 20 open files in all; RSS once each is parsed and answered
        uri_i = (tmp / f"f{i}.py").as_uri()
        item = types.TextDocumentItem(uri_i, "python", 1, python_file(n_functions=30, salt=f"_{i}"))
        b.client.text_document_did_open(types.DidOpenTextDocumentParams(item))
        await b.hints(uri_i)
    await asyncio.sleep(5)
    out["rss_20_files_mb"] = b.rss_mb()
    await b.stop()
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument(
        "--model", default=None, help="checkpoint directory (default: the shipped default model)"
    )
    p.add_argument("--edits", type=int, default=40)
    p.add_argument("--skip-server", action="store_true", help="only the parsing table")
    args = p.parse_args(argv)

    print("parse + function finding (median of 5), ~2,000-line file per language")
    print(f"{'language':<12}{'lines':>7}{'parse ms':>10}{'find ms':>9}{'functions':>11}")
    for lang, n, parse_s, find_s, nf in bench_parsing():
        print(f"{lang:<12}{n:>7}{parse_s * 1e3:>10.1f}{find_s * 1e3:>9.1f}{nf:>11}")
    sys.stdout.flush()
    if args.skip_server:
        return 0
    r = asyncio.run(bench_server(args.model, args.edits))
    print(f"\nserver over stdio, {r['lines']}-line Python file (200 functions)")
    print(f"time to first hints, cold (model load included): {r['cold_first_hints_s']:.2f} s")
    print(f"time to first hints, warm (model loaded):         {r['warm_first_hints_s']:.2f} s")
    print(
        f"edit -> refreshed hints, one-function edit ({args.edits} edits): "
        f"p50 {r['edit_p50_s'] * 1e3:.0f} ms, p95 {r['edit_p95_s'] * 1e3:.0f} ms "
        f"(after the {DEBOUNCE_S * 1e3:.0f} ms debounce: p50 {(r['edit_p50_s'] - DEBOUNCE_S) * 1e3:.0f} ms, "
        f"p95 {(r['edit_p95_s'] - DEBOUNCE_S) * 1e3:.0f} ms)"
    )
    print(f"server RSS after opening 20 files: {r['rss_20_files_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
