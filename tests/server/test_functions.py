"""Function finding for all 20 languages, from the sample files in samples/."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfhint.server.functions import (
    ParsedDocument,
    find_functions,
    language_for_lsp_id,
    language_for_path,
    load_languages,
)

SAMPLES = Path(__file__).parent / "samples"

# language -> {name: start_line (0-based)} of every unit the sample holds
EXPECTED = {
    "c": {"square": 2, "name_of": 5, "main": 9},
    "cpp": {"push": 3, "Stack::size": 8, "twice": 12, "main": 15, "add": 16},
    "csharp": {"Program": 2, "Square": 3, "Double": 6, "Main": 7, "Local": 8},
    "d": {"square": 1, "norm": 6, "main": 8, "this": 13, "<destructor>": 14},
    "fortran": {"square": 2, "show": 6, "main": 11},
    "go": {"Norm": 6, "square": 10, "main": 14, "add": 15},
    "haskell": {"fact": 3, "square": 7, "main": 10},
    "java": {"Main": 3, "square": 6, "main": 14, "twice": 15},
    "javascript": {"square": 0, "add": 3, "mul": 6, "inc": 10},
    "kotlin": {"square": 0, "twice": 4, "inc": 7, "main": 12, "add": 13},
    "lua": {"square": 2, "M.add": 6, "M:inc": 10, "mul": 14},
    "ocaml": {"square": 0, "fact": 4, "add": 7},
    "perl": {"square": 3, "$add": 8, "main": 13},
    "php": {"square": 1, "inc": 5, "$add": 9},
    "python": {
        "square": 4,
        "Net": 8,
        "__init__": 9,
        "forward": 13,
        "helper": 14,
        "add_kernel": 21,
        "add": 25,
    },
    "ruby": {"square": 0, "inc": 5, "make": 9, "add": 14},
    "rust": {"area": 7, "square": 12, "main": 16, "add": 17},
    "scala": {"square": 1, "twice": 5, "add": 7, "main": 9},
    "swift": {"square": 0, "init": 5, "inc": 8, "add": 13},
    "typescript": {"square": 0, "over": 4, "add": 7, "inc": 11},
}


def _sample(lang: str) -> Path:
    (path,) = [p for p in SAMPLES.iterdir() if language_for_path(p).id == lang]
    return path


def test_every_language_has_a_sample_and_expectations():
    assert set(load_languages()) == set(EXPECTED)
    assert len(EXPECTED) == 20


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_finds_functions(lang):
    path = _sample(lang)
    source = path.read_bytes()
    fns = find_functions(lang, source)
    got = {f.name: f.start_line for f in fns}
    for name, line in EXPECTED[lang].items():
        assert got.get(name) == line, (name, got)
    # no unit covers the whole file by accident, and each has its own text and a hint spot
    lines = source.decode().splitlines()
    for f in fns:
        assert f.end_line >= f.start_line
        assert f.text == source[f.start_byte : f.end_byte].decode()
        sig_line, sig_col = f.signature_end
        assert f.start_line <= sig_line <= f.end_line
        assert sig_col == len(lines[sig_line].rstrip().encode())
    assert not [f for f in fns if f.start_line == 0 and f.end_line >= len(lines) - 1]


def test_declarations_without_bodies_are_skipped():
    c = find_functions("c", "int f(int x);\nint g(void) { return 1; }\n")
    assert [f.name for f in c] == ["g"]
    ts = find_functions(
        "typescript", "function o(x: string): string;\nfunction o(x: any) { return x; }\n"
    )
    assert [(f.name, f.start_line) for f in ts] == [("o", 1)]
    java = find_functions("java", "interface I {\n  int f();\n  default int g() { return 1; }\n}\n")
    assert [f.name for f in java] == ["g"]
    rust = find_functions("rust", "trait T {\n    fn f(&self);\n}\n")
    assert rust == []
    ml = find_functions("ocaml", "let x = 42\nlet f y = y + x\n")
    assert [f.name for f in ml] == ["f"]


def test_haskell_equations_merge_into_one_function():
    src = "fact :: Int -> Int\nfact 0 = 1\nfact n = n * fact (n - 1)\n\nsq x = x * x\n"
    fns = find_functions("haskell", src)
    assert [(f.name, f.start_line, f.end_line) for f in fns] == [("fact", 1, 2), ("sq", 4, 4)]
    assert fns[0].text == "fact 0 = 1\nfact n = n * fact (n - 1)"


def test_python_kinds_flag_modules_and_triton_kernels():
    fns = {f.name: f.kind for f in find_functions("python", _sample("python").read_bytes())}
    assert fns["Net"] == "architecture"
    assert fns["add_kernel"] == "triton"
    assert fns["forward"] == fns["square"] == fns["helper"] == "function"
    plain = find_functions("python", "class A(Base):\n    def f(self):\n        pass\n")
    assert [(f.name, f.kind) for f in plain] == [("f", "function")]
    other_deco = find_functions("python", "@functools.cache\ndef f():\n    return 1\n")
    assert [(f.name, f.kind) for f in other_deco] == [("f", "function")]


def test_signature_end_is_after_the_signature_line():
    src = "def f(a,\n      b):\n    return a + b\n"
    (f,) = find_functions("python", src)
    assert f.signature_end == (1, 9)
    src = "int\nmain(void)\n{\n  return 0;\n}\n"
    (f,) = find_functions("c", src)
    assert f.signature_end == (1, 10)


def test_columns_are_utf8_bytes():
    src = 'def f(s="héllo😀"):\n    return s\n'
    (f,) = find_functions("python", src)
    assert f.signature_end == (0, len('def f(s="héllo😀"):'.encode()))


def test_incremental_update_matches_a_fresh_parse():
    lang = load_languages()["python"]
    source = _sample("python").read_bytes()
    doc = ParsedDocument(lang, source)
    edits = [
        source.replace(b"return x * x", b"return x * x * x"),
        source.replace(b"def square", b"def cube"),
        source + b"\ndef extra():\n    return 2\n",
        b"",
        source[:100],
        source,
    ]
    for new in edits:
        doc.update(new)
        fresh = find_functions("python", new)
        assert doc.functions() == fresh
        assert str(doc.tree.root_node) == str(ParsedDocument(lang, new).tree.root_node)


def test_syntax_errors_still_yield_the_intact_functions():
    src = "def ok():\n    return 1\n\ndef broken(:\n    x = \n"
    names = [f.name for f in find_functions("python", src)]
    assert "ok" in names


def test_language_lookup():
    assert language_for_lsp_id("cs").id == "csharp"
    assert language_for_lsp_id("javascriptreact").id == "javascript"
    assert language_for_lsp_id("brainfuck") is None
    assert language_for_path("x/y.RS").id == "rust"
    assert language_for_path("Makefile") is None
