"""`perfhint serve`: the language server (pygls 2.x over stdio). A thin adapter.

Handlers translate LSP <-> library calls and return quickly:
- didOpen/didChange re-parse incrementally (tree-sitter) and schedule a debounced refresh;
- the refresh asks the prediction service, on its single worker thread, only for what is not
  cached, drops the work once a newer edit or another profile makes it stale, then publishes
  diagnostics and asks the client to refresh inlay hints;
- inlayHint and hover answer from the cache and never wait for the model.
Positions: tree-sitter gives UTF-8 byte columns; they go to the client through the
document's position codec (UTF-16 for VS Code, UTF-8 when Neovim negotiates it).
User code is parsed, never executed.
"""

from __future__ import annotations

import asyncio
import logging
import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from perfhint.server.engine import PredictionService
from perfhint.server.functions import Language, ParsedDocument, language_for_lsp_id
from perfhint.server.hints import hover_markdown, inlay_label, over_budget
from perfhint.server.units import Unit, unit_predictions, units_for

log = logging.getLogger("perfhint.lsp")

MAX_DOCUMENT_BYTES = 2_000_000  # larger files get no hints (and are not parsed)
DEBOUNCE_S = 0.15
LIST_PROFILES = "perfhint.listProfiles"
SET_PROFILE = "perfhint.setProfile"


@dataclass(frozen=True)
class Settings:
    """User settings (initializationOptions and workspace/didChangeConfiguration).

    profile: hardware profile id. budgets: target -> limit (e.g. {"latency_s": 0.5}); a
    function whose predicted median exceeds it gets a warning. model_path: checkpoint
    directory (None: the default). disabled_languages: language ids that get no hints.
    """

    profile: str = "this-machine"
    budgets: dict[str, float] = field(default_factory=dict)
    model_path: str | None = None
    disabled_languages: frozenset[str] = frozenset()

    def updated(self, raw: object) -> Settings:
        """These settings with the valid fields of a client's (untrusted) settings object."""
        if not isinstance(raw, dict):
            return self
        raw = raw.get("perfhint", raw)
        if not isinstance(raw, dict):
            return self
        out = self
        if isinstance(raw.get("profile"), str) and raw["profile"]:
            out = replace(out, profile=raw["profile"])
        if isinstance(raw.get("budgets"), dict):
            budgets = {
                k: float(v)
                for k, v in raw["budgets"].items()
                if isinstance(k, str)
                and isinstance(v, int | float)
                and not isinstance(v, bool)
                and math.isfinite(v)
            }
            out = replace(out, budgets=budgets)
        if "modelPath" in raw and (raw["modelPath"] is None or isinstance(raw["modelPath"], str)):
            out = replace(out, model_path=raw["modelPath"] or None)
        if isinstance(raw.get("disabledLanguages"), list):
            out = replace(
                out,
                disabled_languages=frozenset(
                    x for x in raw["disabledLanguages"] if isinstance(x, str)
                ),
            )
        return out


@dataclass
class DocState:
    uri: str
    language: Language
    parsed: ParsedDocument
    generation: int = 0
    timer: asyncio.TimerHandle | None = None
    lines: list[bytes] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    units_key: tuple | None = None

    def set_source(self, source: bytes) -> None:
        self.parsed.update(source)
        self.lines = source.split(b"\n")


class PerfhintServer(LanguageServer):
    def __init__(self, model_dir=None):
        super().__init__("perfhint", _version())
        self.settings = Settings(model_path=str(model_dir) if model_dir else None)
        self.service = PredictionService(self.settings.model_path)
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="perfhint-model")
        self.docs: dict[str, DocState] = {}
        self.debounce_s = DEBOUNCE_S
        self._load_reported = False
        self._profile_warned: set[str] = set()
        self.closing = False

    # ------------------------------------------------------------------ documents
    def open(self, uri: str, language_id: str, text: str) -> None:
        self.close(uri)
        language = language_for_lsp_id(language_id)
        if language is None or language.id in self.settings.disabled_languages:
            return
        source = text.encode("utf-8", "surrogatepass")
        if len(source) > MAX_DOCUMENT_BYTES or b"\x00" in source:
            log.info("no hints for %s: binary or larger than %d bytes", uri, MAX_DOCUMENT_BYTES)
            return
        state = DocState(uri, language, ParsedDocument(language, source))
        state.lines = source.split(b"\n")
        self.docs[uri] = state
        self.schedule(uri, 0.0)

    def change(self, uri: str, text: str) -> None:
        state = self.docs.get(uri)
        if state is None:
            return
        source = text.encode("utf-8", "surrogatepass")
        if len(source) > MAX_DOCUMENT_BYTES or b"\x00" in source:
            self.close(uri)
            return
        state.set_source(source)
        self.schedule(uri, self.debounce_s)

    def close(self, uri: str) -> None:
        state = self.docs.pop(uri, None)
        if state is not None:
            state.generation += 1
            if state.timer:
                state.timer.cancel()
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
            )

    # ------------------------------------------------------------------ refresh
    def schedule(self, uri: str, delay_s: float) -> asyncio.Future:
        """(Re)start the debounce timer of a document; the future resolves after its refresh."""
        state = self.docs[uri]
        state.generation += 1
        if state.timer:
            state.timer.cancel()
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        gen = state.generation

        def fire():
            task = asyncio.ensure_future(self.refresh(uri, gen))
            task.add_done_callback(lambda t: done.done() or done.set_result(None))

        state.timer = loop.call_later(delay_s, fire)
        return done

    async def refresh(self, uri: str, gen: int) -> None:
        try:
            await self._refresh(uri, gen)
        except Exception:
            log.exception("refresh of %s failed", uri)

    async def _refresh(self, uri: str, gen: int) -> None:
        loop = asyncio.get_running_loop()
        service, profile = self.service, self.settings.profile
        knowledge = service.knowledge
        if knowledge is None and service.error is None:
            knowledge = await loop.run_in_executor(self.executor, service.load)
        if knowledge is None:
            self._report_load_failure()
            return
        self._warn_unknown_profile(profile)
        state = self.docs.get(uri)
        if state is None or state.generation != gen:
            return
        units = self.units(state)

        def is_stale() -> bool:
            return (
                self.closing
                or self.docs.get(uri) is not state
                or state.generation != gen
                or self.settings.profile != profile
                or self.service is not service
            )

        # functions first (an edit usually changes one), then the whole file, which changes
        # with every edit and reads the longest text: hints refresh after each phase
        phases = [
            [q for u in units if not u.is_program for q in u.queries],
            [q for u in units if u.is_program for q in u.queries],
        ]
        for queries in phases:
            if all(service.lookup(q) is not None for q in queries):
                continue
            await loop.run_in_executor(self.executor, service.predict_missing, queries, is_stale)
            if is_stale():
                return
            if queries is phases[0]:
                self.request_inlay_refresh()  # diagnostics once, at the end
        if is_stale():
            return
        self.publish_diagnostics(state)
        self.request_inlay_refresh()

    def units(self, state: DocState) -> list[Unit]:
        """The document's units for the current profile (cached until the text changes)."""
        key = (state.parsed.source, self.settings.profile, self.service.knowledge)
        if state.units_key is None or any(
            a is not b for a, b in zip(state.units_key, key, strict=True)
        ):
            state.units = units_for(
                state.language.id,
                state.parsed.source,
                state.parsed.functions(),
                self.settings.profile,
                self.service.knowledge,
            )
            state.units_key = key
        return state.units

    async def refresh_all(self) -> None:
        waits = [self.schedule(uri, 0.0) for uri in list(self.docs)]
        if waits:
            await asyncio.gather(*waits)
        else:
            self.request_inlay_refresh()

    def request_inlay_refresh(self) -> None:
        caps = self.client_capabilities.workspace
        if caps and caps.inlay_hint and caps.inlay_hint.refresh_support:
            self.workspace_inlay_hint_refresh(None)

    def _report_load_failure(self) -> None:
        if self._load_reported:
            return
        self._load_reported = True
        self.window_show_message(
            types.ShowMessageParams(
                type=types.MessageType.Error,
                message=(
                    f"perfhint: no predictions, the model did not load ({self.service.error}). "
                    "Fix: set `perfhint.modelPath` to a checkpoint directory (config.json + "
                    "model.safetensors), or build one with `perfhint train --task synthetic --out DIR`."
                ),
            )
        )

    def _warn_unknown_profile(self, profile: str) -> None:
        knowledge = self.service.knowledge
        if (
            knowledge
            and profile not in knowledge.profile_targets
            and profile not in self._profile_warned
        ):
            self._profile_warned.add(profile)
            self.window_show_message(
                types.ShowMessageParams(
                    type=types.MessageType.Warning,
                    message=f"perfhint: the model knows no profile {profile!r}; known: {', '.join(knowledge.profiles)}",
                )
            )

    # ------------------------------------------------------------------ positions
    def client_position(self, state: DocState, line: int, byte_col: int) -> types.Position:
        if line >= len(state.lines):
            line, byte_col = len(state.lines) - 1, len(state.lines[-1])
        prefix = state.lines[line][:byte_col].decode("utf-8", "replace").rstrip("\r")
        codec = self.workspace.position_codec
        return types.Position(line=line, character=codec.client_num_units(prefix))

    def unit_range(self, state: DocState, unit: Unit) -> types.Range:
        line_start = state.parsed.source.rfind(b"\n", 0, unit.start_byte) + 1
        start = self.client_position(state, unit.start_line, unit.start_byte - line_start)
        end = self.client_position(state, *unit.signature_end)
        return types.Range(start=start, end=end)

    # ------------------------------------------------------------------ features
    def inlay_hints(self, uri: str, first_line: int, last_line: int) -> list[types.InlayHint]:
        state = self.docs.get(uri)
        if state is None or self.service.knowledge is None:
            return []
        hints = []
        for unit in self.units(state):
            line = unit.signature_end[0]
            if not first_line <= line <= last_line:
                continue
            preds = unit_predictions(unit, self.service)
            if not preds:
                continue
            label = inlay_label(preds)
            if unit.is_program:
                label = f"file {label}"
            hints.append(
                types.InlayHint(
                    position=self.client_position(state, *unit.signature_end),
                    label=label,
                    padding_left=True,
                    tooltip=f"perfhint {unit.name} ({self.settings.profile})",
                )
            )
        return hints

    def hover(self, uri: str, line: int) -> types.Hover | None:
        state = self.docs.get(uri)
        if state is None or self.service.knowledge is None:
            return None
        units = self.units(state)
        # the innermost function whose signature spans the line; else the file on line 0
        hit = None
        for unit in units:
            if not unit.is_program and unit.start_line <= line <= unit.signature_end[0]:
                hit = unit
        if hit is None and line == 0:
            hit = next((u for u in units if u.is_program), None)
        if hit is None:
            return None
        preds = unit_predictions(hit, self.service)
        if not preds:
            return None
        profile = self.settings.profile
        from perfhint.models.profiles import load_profiles

        info = load_profiles().get(profile)
        title = "whole file" if hit.is_program else f"`{hit.name}`"
        q = hit.queries[0]
        text = hover_markdown(
            title, preds, profile, info.name if info else profile, q.kind, q.context
        )
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
            range=self.unit_range(state, hit),
        )

    def publish_diagnostics(self, state: DocState) -> None:
        diagnostics = []
        budgets = self.settings.budgets
        if budgets:
            for unit in self.units(state):
                for excess in over_budget(unit_predictions(unit, self.service), budgets):
                    diagnostics.append(
                        types.Diagnostic(
                            range=self.unit_range(state, unit),
                            message=excess.message(unit.name, self.settings.profile),
                            severity=types.DiagnosticSeverity.Warning,
                            source="perfhint",
                            code=f"budget.{excess.target}",
                        )
                    )
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=state.uri, diagnostics=diagnostics)
        )

    async def list_profiles(self) -> list[dict]:
        from perfhint.models.profiles import load_profiles

        knowledge = self.service.knowledge
        if knowledge is None and self.service.error is None:
            knowledge = await asyncio.get_running_loop().run_in_executor(
                self.executor, self.service.load
            )
        if knowledge is None:
            self._report_load_failure()
            return []
        table = load_profiles()
        rows = []
        for pid in knowledge.profiles:
            info = table.get(pid)
            rows.append(
                {
                    "id": pid,
                    "name": info.name if info else pid,
                    "kind": info.kind if info else "unknown",
                    "targets": list(knowledge.profile_targets.get(pid, ())),
                }
            )
        return rows

    async def set_profile(self, profile: object) -> dict:
        if not isinstance(profile, str) or not profile:
            raise ValueError(f"perfhint.setProfile takes a profile id, got {profile!r}")
        self.settings = replace(self.settings, profile=profile)
        await self.refresh_all()
        return {"profile": profile}

    def configure(self, raw: object) -> None:
        old = self.settings
        self.settings = old.updated(raw)
        if self.settings.model_path != old.model_path:
            self.service = PredictionService(self.settings.model_path)
            self._load_reported = False
        for lang in self.settings.disabled_languages - old.disabled_languages:
            for uri in [u for u, s in self.docs.items() if s.language.id == lang]:
                self.close(uri)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("perfhint")
    except Exception:
        return "0"


def build_server(model_dir=None) -> PerfhintServer:
    server = PerfhintServer(model_dir)

    @server.feature(types.INITIALIZE)
    def initialize(ls: PerfhintServer, params: types.InitializeParams):
        ls.configure(params.initialization_options)

    @server.feature(types.INITIALIZED)
    def initialized(ls: PerfhintServer, params: types.InitializedParams):
        # start loading the model now, off the event loop, so the first hints come sooner
        ls.executor.submit(ls.service.load)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: PerfhintServer, params):
        ls.closing = True  # in-flight prediction work stops at its next batch

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PerfhintServer, params: types.DidOpenTextDocumentParams):
        doc = params.text_document
        ls.open(doc.uri, doc.language_id, ls.workspace.get_text_document(doc.uri).source)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PerfhintServer, params: types.DidChangeTextDocumentParams):
        uri = params.text_document.uri
        ls.change(uri, ls.workspace.get_text_document(uri).source)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PerfhintServer, params: types.DidCloseTextDocumentParams):
        ls.close(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(
        ls: PerfhintServer, params: types.DidChangeConfigurationParams
    ):
        ls.configure(params.settings)
        await ls.refresh_all()

    @server.feature(types.TEXT_DOCUMENT_INLAY_HINT, types.InlayHintOptions(resolve_provider=False))
    def inlay_hint(ls: PerfhintServer, params: types.InlayHintParams):
        return ls.inlay_hints(
            params.text_document.uri, params.range.start.line, params.range.end.line
        )

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: PerfhintServer, params: types.HoverParams):
        return ls.hover(params.text_document.uri, params.position.line)

    @server.command(LIST_PROFILES)
    async def list_profiles(ls: PerfhintServer, *args):
        return await ls.list_profiles()

    @server.command(SET_PROFILE)
    async def set_profile(ls: PerfhintServer, *args):
        return await ls.set_profile(args[0] if args else None)

    return server


def serve(model_dir=None) -> None:
    """Run the language server on stdin/stdout until the client exits."""
    logging.basicConfig(level=logging.WARNING, format="perfhint: %(levelname)s %(message)s")
    build_server(model_dir).start_io()
