"""Function finding: parse source with tree-sitter and list its functions.

Per-language knowledge is data: `languages.json` maps a language to its grammar (from
tree-sitter-language-pack 0.13.0, which bundles them; nothing is downloaded) and a query
file in `queries/`. A query captures
    @definition.function | @definition.triton | @definition.architecture  the unit's node
    @name        its name (a keyword token for nameless units such as `init`)
    @body        optional; the signature ends on the line before/where the body starts
    @signature   optional; the signature ends where this node ends
Columns here are UTF-8 byte offsets, as tree-sitter gives them; the language server converts
them through the client's position codec.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

# Kinds the model knows (perfhint.models.core.KINDS); a more specific capture wins when one
# node is matched by several patterns (a `@triton.jit` function is also a function).
_KIND_PRIORITY = {"function": 0, "architecture": 1, "triton": 2}
# Function finding runs on the editor's event loop: in bigger files only the head is searched.
FIND_LIMIT_BYTES = 100_000


@dataclass(frozen=True)
class Language:
    id: str  # the name the model reads: `# language: <id>`
    name: str  # for people: "C++"
    grammar: str  # tree-sitter-language-pack name
    lsp_ids: tuple[str, ...]
    extensions: tuple[str, ...]
    query: str
    merge_clauses: bool = False


@dataclass(frozen=True)
class Function:
    """One function-like unit of a source file. Lines are 0-based; end_line is inclusive."""

    name: str
    kind: str  # function | triton | architecture
    start_line: int
    end_line: int
    start_byte: int
    end_byte: int
    signature_end: tuple[int, int]  # (line, UTF-8 byte column) where the inline hint goes
    text: str

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)


def text_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@cache
def load_languages() -> dict[str, Language]:
    raw = json.loads(resources.files("perfhint.server").joinpath("languages.json").read_text())
    out = {}
    for key, entry in raw.items():
        if key.startswith("_"):
            continue
        out[key] = Language(
            id=key,
            name=entry["name"],
            grammar=entry["grammar"],
            lsp_ids=tuple(entry["lsp_ids"]),
            extensions=tuple(entry["extensions"]),
            query=entry["query"],
            merge_clauses=bool(entry.get("merge_clauses", False)),
        )
    return out


def language_for_lsp_id(lsp_id: str) -> Language | None:
    for lang in load_languages().values():
        if lsp_id in lang.lsp_ids or lsp_id == lang.id:
            return lang
    return None


def language_for_path(path: str | Path) -> Language | None:
    suffix = Path(path).suffix.lower()
    if not suffix:
        return None
    for lang in load_languages().values():
        if suffix in lang.extensions:
            return lang
    return None


@cache
def _parser_and_query(language_id: str):
    """The tree-sitter Language, a Parser and the compiled Query; built once per language."""
    import warnings

    from tree_sitter import Query
    from tree_sitter_language_pack import get_language

    lang = load_languages()[language_id]
    with warnings.catch_warnings():
        # some bundled grammars hand back an int pointer (deprecated in py-tree-sitter 0.25+)
        warnings.simplefilter("ignore", DeprecationWarning)
        ts_lang = get_language(lang.grammar)
    source = resources.files("perfhint.server").joinpath("queries", lang.query).read_text()
    return ts_lang, Query(ts_lang, source)


def _new_parser(language_id: str):
    from tree_sitter import Parser

    ts_lang, _ = _parser_and_query(language_id)
    return Parser(ts_lang)


def _common_prefix(a: bytes, b: bytes) -> int:
    lo, hi = 0, min(len(a), len(b))
    if a[:hi] == b[:hi]:
        return hi
    while hi - lo > 64:  # binary search on C-speed slice comparisons
        mid = (lo + hi) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid
    while lo < hi and a[lo] == b[lo]:
        lo += 1
    return lo


def _common_suffix(a: bytes, b: bytes, limit: int) -> int:
    """Length of the common suffix of a and b, not reaching into the first `limit` bytes."""
    n = min(len(a), len(b)) - limit
    lo, hi = 0, n
    if a[len(a) - hi :] == b[len(b) - hi :]:
        return hi
    while hi - lo > 64:
        mid = (lo + hi) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid
    while lo < hi and a[len(a) - lo - 1] == b[len(b) - lo - 1]:
        lo += 1
    return lo


def _point(source: bytes, offset: int) -> tuple[int, int]:
    row = source.count(b"\n", 0, offset)
    col = offset - (source.rfind(b"\n", 0, offset) + 1)
    return row, col


class ParsedDocument:
    """A source file kept parsed: `update()` re-parses incrementally (tree.edit + old tree)."""

    def __init__(self, language: Language, source: bytes):
        self.language = language
        self._parser = _new_parser(language.id)
        self.source = source
        self.tree = self._parser.parse(source)
        self._functions: list[Function] | None = None

    def update(self, new_source: bytes) -> None:
        old = self.source
        if new_source == old:
            return
        start = _common_prefix(old, new_source)
        suffix = _common_suffix(old, new_source, start)
        old_end, new_end = len(old) - suffix, len(new_source) - suffix
        self.tree.edit(
            start_byte=start,
            old_end_byte=old_end,
            new_end_byte=new_end,
            start_point=_point(old, start),
            old_end_point=_point(old, old_end),
            new_end_point=_point(new_source, new_end),
        )
        self.tree = self._parser.parse(new_source, self.tree)
        self.source = new_source
        self._functions = None

    def functions(self) -> list[Function]:
        if self._functions is None:
            self._functions = _find(self.language, self.source, self.tree)
        return self._functions


def find_functions(language_id: str, source: bytes | str) -> list[Function]:
    """Parse `source` and list its functions in source order."""
    if isinstance(source, str):
        source = source.encode("utf-8", "surrogatepass")
    return ParsedDocument(load_languages()[language_id], source).functions()


def _line_end(source: bytes, row_start: int) -> int:
    """Byte offset of the end of the line that contains `row_start`, trailing blanks dropped."""
    end = source.find(b"\n", row_start)
    if end < 0:
        end = len(source)
    while end > row_start and source[end - 1 : end] in (b" ", b"\t", b"\r"):
        end -= 1
    return end


def _signature_end(source: bytes, node, body, signature) -> tuple[int, int]:
    """End of the line on which the signature ends: the inline hint goes there."""
    if signature is not None:
        last = signature.end_byte - 1
    elif body is not None and body.start_byte > node.start_byte:
        # the last non-blank byte before the body (Python's `:`, C's `)` or `{` line)
        last = body.start_byte - 1
        while last > node.start_byte and source[last : last + 1] in (b" ", b"\t", b"\r", b"\n"):
            last -= 1
    else:
        last = node.start_byte
    last = max(last, node.start_byte)
    end = min(_line_end(source, last), node.end_byte)
    # count rows from the node's start, not the file's: linear over a file, not quadratic
    row = node.start_point[0] + source.count(b"\n", node.start_byte, end)
    return row, end - (source.rfind(b"\n", 0, end) + 1)


def _find(language: Language, source: bytes, tree) -> list[Function]:
    from tree_sitter import QueryCursor

    _, query = _parser_and_query(language.id)
    cursor = QueryCursor(query)
    if len(source) > FIND_LIMIT_BYTES:
        cursor.set_byte_range(0, FIND_LIMIT_BYTES)  # huge files: functions of the head only
    found: dict[tuple[int, int], tuple[int, Function]] = {}
    seen_bodies: dict[tuple[str, int, int], tuple[int, int]] = {}
    for _pattern, caps in cursor.matches(tree.root_node):
        kind = node = None
        for cap_name, nodes in caps.items():
            if cap_name.startswith("definition."):
                kind, node = cap_name.split(".", 1)[1], nodes[0]
        if node is None or kind not in _KIND_PRIORITY:
            continue
        name_nodes = caps.get("name")
        name = _text(name_nodes[0]) if name_nodes else f"<{node.type}>"
        body = caps.get("body", [None])[0]
        signature = caps.get("signature", [None])[0]
        key = (node.start_byte, node.end_byte)
        if body is not None:
            # the same function reached through two patterns (`local f = function` in Lua)
            bkey = (name, body.start_byte, body.end_byte)
            if bkey in seen_bodies and seen_bodies[bkey] != key:
                other = seen_bodies[bkey]
                if other[1] - other[0] >= key[1] - key[0]:
                    continue
                found.pop(other, None)
            seen_bodies[bkey] = key
        prio = _KIND_PRIORITY[kind]
        if key in found and found[key][0] >= prio:
            continue
        fn = Function(
            name=name,
            kind=kind,
            start_line=node.start_point[0],
            end_line=node.end_point[0]
            - (1 if node.end_point[1] == 0 and node.end_point[0] > node.start_point[0] else 0),
            start_byte=node.start_byte,
            end_byte=node.end_byte,
            signature_end=_signature_end(source, node, body, signature),
            text=source[node.start_byte : node.end_byte].decode("utf-8", "replace"),
        )
        found[key] = (prio, fn)
    functions = sorted((f for _, f in found.values()), key=lambda f: (f.start_byte, -f.end_byte))
    if language.merge_clauses:
        functions = _merge_clauses(source, functions)
    return functions


def _merge_clauses(source: bytes, functions: list[Function]) -> list[Function]:
    """Adjacent definitions with one name are one function (Haskell equations)."""
    merged: list[Function] = []
    for f in functions:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.name == f.name
            and prev.kind == f.kind
            and f.start_byte >= prev.end_byte
            and not source[prev.end_byte : f.start_byte].strip(b" \t\r\n;")
        ):
            merged[-1] = Function(
                name=prev.name,
                kind=prev.kind,
                start_line=prev.start_line,
                end_line=f.end_line,
                start_byte=prev.start_byte,
                end_byte=f.end_byte,
                signature_end=prev.signature_end,
                text=source[prev.start_byte : f.end_byte].decode("utf-8", "replace"),
            )
        else:
            merged.append(f)
    return merged


def _text(node) -> str:
    return (node.text or b"").decode("utf-8", "replace")
