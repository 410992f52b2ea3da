"""The corpus generator (spec -> 18 languages), the records reader and the task-group splits."""

from __future__ import annotations

import gzip
import json
import shutil

import pytest

from perfhint.models.data import corpus, generate, languages, translate
from perfhint.models.data.measure_corpus import append_records, measured, read_records, schedule

TINY = """
def fill(values: list[int], n: int) -> None:
    x = 7
    for i in range(n):
        x = x * 48271 % 2147483647
        values[i] = x % 100


def total(values: list[int], n: int) -> int:
    s = 0
    for i in range(n):
        if values[i] % 2 == 0 and values[i] > 10:
            s += values[i] // 3
        elif values[i] > 50:
            s = max(s, values[i] ^ 5)
    return s


def main() -> None:
    n = N
    values = new_array(n)
    fill(values, n)
    print(total(values, n))
"""


def python_answer(n: int) -> int:
    x, s = 7, 0
    values = []
    for _ in range(n):
        x = x * 48271 % 2147483647
        values.append(x % 100)
    for v in values:
        if v % 2 == 0 and v > 10:
            s += v // 3
        elif v > 50:
            s = max(s, v ^ 5)
    return s


@pytest.mark.parametrize(
    "bad, why",
    [
        ("def main() -> None:\n    x = 1\n    x = new_array(3)\n", "changes type"),
        ("def f(n: int) -> int:\n    n = 2\n    return n\n\ndef main() -> None:\n    print(f(1))\n",
         "parameter n is assigned"),
        ("def f(n: int) -> int:\n    return n\n\ndef main() -> None:\n    f(1)\n", "discarded"),
        ("def main() -> None:\n    print(1 < 2 < 3)\n", "chained"),
        ("def main() -> None:\n    x = 1 << y\n", "shift counts"),
        ("def helper() -> None:\n    print(1)\n", "main"),
        ("def main() -> None:\n    a = new_array(3)\n    b = a\n", "not aliased"),
        ("def main() -> None:\n    a = new_array(3)\n    a = new_array(4)\n", "assigned twice"),
        ("def f(a: list[int], b: list[int]) -> None:\n    a[0] = b[0]\n\n"
         "def main() -> None:\n    a = new_array(3)\n    f(a, a)\n", "read by an argument after"),
        ("def f(a: list[int], x: int) -> int:\n    return a[0] + x\n\n"
         "def main() -> None:\n    a = new_array(3)\n    print(f(a, a[1]))\n",
         "read by an argument after"),
        ("def main() -> None:\n    if 1 < 2:\n        x = 1\n    else:\n        x = 2\n"
         "    print(x)\n", "outside the block"),
        ("def main() -> None:\n    for i in range(3):\n        y = i\n    print(i)\n",
         "outside the block"),
    ],
)  # fmt: skip
def test_spec_rules_are_checked(bad, why):
    with pytest.raises(translate.SpecError, match=why):
        translate.parse(bad)


def test_every_spec_renders_into_every_language():
    specs = generate.load_specs()
    assert len(specs) >= 40 and len({s.group for s in specs}) >= 20
    assert len({s.family for s in specs}) >= 10
    for spec in specs:
        program = translate.parse(spec.source, {"N": spec.sizes[0]})
        for lang in languages.RENDERERS:
            text = languages.render(program, lang)
            assert "main" in text.lower() and "N" not in text.split(), (spec.group, lang)


def test_rendered_python_is_the_spec_and_runs():
    text = languages.render(translate.parse(TINY, {"N": 500}), "python")
    assert "values = [0] * n" in text and "new_array" not in text
    namespace: dict = {}
    exec(compile(text.replace('if __name__ == "__main__":', "if False:"), "<t>", "exec"), namespace)
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        namespace["main"]()
    assert int(buf.getvalue()) == python_answer(500)


def test_renderings_read_like_each_language():
    program = translate.parse(TINY, {"N": 10})
    c = languages.render(program, "c")
    assert "static void fill(long long *values, long long n)" in c and "calloc" in c
    rust = languages.render(program, "rust")
    assert "fn total(values: &mut [i64], n: i64) -> i64" in rust and "let mut s: i64 = 0;" in rust
    ocaml = languages.render(program, "ocaml")
    assert "let s = ref (0) in" in ocaml and "values.(i)" in ocaml
    fortran = languages.render(program, "fortran")
    assert "integer(8), intent(inout) :: values(0:)" in fortran and "ieor(" in fortran
    assert "elsif" in languages.render(program, "perl")
    assert "Math.floor(" in languages.render(program, "javascript")
    haskell = languages.render(program, "haskell")
    assert "total :: IOUArray Int Int -> Int -> IO Int" in haskell
    # `and` keeps its short-circuit: the second read happens only when the first test holds
    assert "then (do {" in haskell and "readArray values i" in haskell


@pytest.mark.skipif(shutil.which("gcc") is None or shutil.which("cc") is None, reason="no gcc")
def test_c_and_python_renderings_agree_when_run():
    from perfhint.models.measure import harness

    program = translate.parse(TINY, {"N": 2000})
    for lang in ("c", "python"):
        detail = harness.measure_source(languages.render(program, lang), lang, runs=1,
                                        function_labels=False)  # fmt: skip
        assert detail.measurement.outcome == "ok", detail.measurement.message
        assert int(detail.stdout) == python_answer(2000)


def test_cost_formula_and_size_filter():
    assert generate._cost("n*n/2", 10) == 50
    assert generate._cost("2**n", 3) == 8
    assert generate._cost("n*sqrt(n)", 4) == 8
    with pytest.raises(ValueError):
        generate._cost("__import__('os')", 1)
    progs = list(generate.programs(["c", "python"]))
    sizes = {p.language: max(q.size for q in progs if q.language == p.language and q.group == "sort"
                             and q.variant == "bubble") for p in progs}  # fmt: skip
    assert sizes["python"] < sizes["c"]  # slow languages skip the sizes that would time out


def test_schedule_interleaves_languages():
    progs = list(generate.programs(["c", "python", "ruby"]))
    first = [p.language for p in schedule(progs)[:50]]
    assert {"c", "python", "ruby"} <= set(first)
    assert first.count("python") > first.count("ruby")


def _record(pid, group, lang, out, latency, outcome="ok", unstable=False, **extra):
    return {
        "id": pid, "group": group, "variant": "v", "size": 10, "language": lang, "text": f"# {pid}",
        "text_sha256": pid, "stdout_sha256": out, "outcome": outcome, "unstable": unstable,
        "peak_memory_bytes": 1e6, "latency_s": latency, "functions": {}, **extra,
    }  # fmt: skip


def test_records_round_trip_and_splits_by_group(tmp_path):
    rows = []
    for g in range(30):
        rows += [_record(f"g{g}-c", f"group{g}", "c", "A", 0.01),
                 _record(f"g{g}-py", f"group{g}", "python", "A", 0.5)]  # fmt: skip
    rows.append(_record("bad", "group0", "perl", "B", 0.1))  # disagrees with the majority
    rows.append(_record("slow", "group1", "perl", "A", 0.1, outcome="timeout"))
    rows.append(_record("noisy", "group2", "perl", "A", 0.1, unstable=True))
    append_records(tmp_path / "mixed.jsonl.gz", rows[:10])
    append_records(tmp_path / "mixed.jsonl.gz", rows[10:])  # a second gzip member
    assert len(read_records(tmp_path / "mixed.jsonl.gz")) == len(rows)
    kept = {r["id"] for r in corpus.load_records(tmp_path, include_unstable=False)}
    assert "bad" not in kept and "slow" not in kept and "noisy" not in kept and len(kept) == 60
    assert "noisy" in {r["id"] for r in corpus.load_records(tmp_path)}  # flagged, kept by default
    splits = corpus.load_splits(seed=0, records_dir=tmp_path)
    groups = [{e.group for e in part} for part in (splits.train, splits.valid, splits.test)]
    assert not (groups[0] & groups[1] or groups[0] & groups[2] or groups[1] & groups[2])
    assert splits.test and splits.train
    ex = splits.train[0]
    assert ex.query.targets == ("peak_memory_bytes", "latency_s")
    assert ex.query.profile == "this-machine" and ex.query.kind == "program"
    base = corpus.baselines(splits.train, splits.test)["language-median"]
    assert len(base) == len(splits.test)


def test_records_seen_under_load_are_measured_again(tmp_path):
    quiet = _record("quiet", "g", "c", "A", 0.01, environment={"loadavg_1m": "3.10"})
    busy = _record("busy", "g", "c", "A", 0.01, environment={"loadavg_1m": "23.00"})
    append_records(tmp_path / "c.jsonl.gz", [quiet, busy])
    assert {i for i, _ in measured(tmp_path)[0]} == {"quiet", "busy"}
    assert {i for i, _ in measured(tmp_path, remeasure_load_above=8)[0]} == {"quiet"}
    busy_again = dict(busy, environment={"loadavg_1m": "2.50"})  # the latest line wins
    append_records(tmp_path / "c.jsonl.gz", [busy_again])
    assert {i for i, _ in measured(tmp_path, remeasure_load_above=8)[0]} == {"quiet", "busy"}


def test_records_folder_from_the_environment(tmp_path, monkeypatch):
    rows = [_record(f"g{g}", f"group{g}", "c", "A", 0.01) for g in range(20)]
    append_records(tmp_path / "c.jsonl.gz", rows)
    monkeypatch.setenv(corpus.DIR_ENV_VAR, str(tmp_path))
    splits = corpus.load_splits(seed=0)
    assert len(splits.train) + len(splits.valid) + len(splits.test) == 20


def test_python_function_examples(tmp_path):
    text = "def work(n):\n    return n * 2\n\n\ndef main():\n    print(work(3))\n"
    rec = _record("p", "g", "python", "A", 0.1, functions={
        "work": {"latency_s": 1e-6, "peak_memory_bytes": 10.0, "calls": 1.0, "line": 1.0}})  # fmt: skip
    rec["text"] = text
    examples = corpus.to_examples([rec])
    kinds = {e.query.kind: e for e in examples}
    assert kinds["function"].query.text.startswith("def work(n):")
    assert kinds["function"].values == (10.0, 1e-6)
    # the workload comes from the caller: main's literal line goes with the function
    assert kinds["function"].query.context == "print(work(3))"
    assert kinds["program"].query.context == ""


def test_committed_records_are_readable():
    for path in corpus.RECORDS_DIR.glob("*.jsonl.gz"):
        with gzip.open(path, "rt") as f:
            first = f.readline()
        if first:
            row = json.loads(first)
            assert {"id", "group", "language", "text", "outcome"} <= set(row)


def test_card_tables_report_counts_and_noise_ceiling(tmp_path):
    from perfhint.models.data import stats

    rows, again = [], []
    for i in range(8):
        r = _record(f"p{i}", f"g{i}", "c", "A", 0.01 * (i + 1), cpu_s=0.01 * (i + 1))
        r["family"], r["peak_memory_bytes"] = "f", 1e6 * (i + 1)
        rows.append(r)
        again.append(dict(r, latency_s=0.011 * (i + 1), retest=True))
    append_records(
        tmp_path / "c.jsonl.gz", rows + [_record("t", "g0", "c", "A", 1, outcome="timeout")]
    )
    append_records(tmp_path / "retest.jsonl.gz", again)
    text = stats.tables(tmp_path)
    assert "| c | 9 | 8 | 0 | 0 | 1 |" in text
    assert "| c | 8 | 1.000 | 1.000 | 1.000 |" in text  # retest pairs agree in rank


# Translator bugs spec writers hit, each as the smallest spec that showed it. A rendering is
# run (with the toolchains installed here) and must print what the Python rendering prints.
TOOL = {"c": "gcc", "perl": "perl", "csharp": "mcs", "d": "ldc2", "java": "javac", "rust": "rustc",
        "ocaml": "ocamlfind", "haskell": "ghc", "fortran": "gfortran"}  # fmt: skip


def _with_tool(*langs: str) -> list:
    return [pytest.param(lang, marks=pytest.mark.skipif(shutil.which(TOOL[lang]) is None,
                                                        reason=f"no {TOOL[lang]}"))
            for lang in langs]  # fmt: skip


def _prints_like_python(spec: str, lang: str) -> None:
    from perfhint.models.measure import harness

    program = translate.parse(spec)
    stdout = []
    for lg in ("python", lang):
        detail = harness.measure_source(languages.render(program, lg), lg, runs=1,
                                        function_labels=False)  # fmt: skip
        assert detail.measurement.outcome == "ok", (lg, detail.measurement.message)
        stdout.append(detail.stdout)
    assert stdout[0] == stdout[1] and stdout[0].endswith("\n")


RESERVED_NAMES = """
def select(byte: int, final: int) -> int:
    case = byte + final
    return case


def count(items: list[int], n: int) -> int:
    total = 0
    for when in range(n):
        total += items[when]
    return total


def drop(end: int) -> int:
    done = end * 2
    return done


def main() -> None:
    final = 2
    byte = 3
    print(select(byte, final))
    match = new_array(4)
    for i in range(4):
        match[i] = i
    print(count(match, 4))
    print(drop(7))
"""


def test_reserved_names_are_renamed_in_each_language():
    program = translate.parse(RESERVED_NAMES)
    text = {lang: languages.render(program, lang) for lang in languages.RENDERERS}
    assert "static long long select_(long long byte, long long final)" in text["c"]
    assert "sub select_ {" in text["perl"] and "select_($byte, $final)" in text["perl"]
    for lang in ("csharp", "d", "java"):
        assert "byte_" in text[lang] and " byte " not in text[lang], lang
    assert "fn select(byte: i64, final_: i64) -> i64" in text["rust"] and "drop_(7)" in text["rust"]
    assert "long final_ = 2;" in text["d"] and "`final`: Long" in text["scala"]
    assert "function count_(" in text["php"] and "count_($match, 4)" in text["php"]
    assert "drop' :: Int -> IO Int" in text["haskell"] and "\\when_ ->" in text["haskell"]
    assert "def select(byte: int, final: int) -> int:" in text["python"]  # the spec, as written


@pytest.mark.parametrize("lang", _with_tool("c", "perl", "csharp", "d", "rust", "haskell"))
def test_reserved_names_run_like_python(lang):
    _prints_like_python(RESERVED_NAMES, lang)


@pytest.mark.parametrize("lang", _with_tool("ocaml"))
def test_function_that_only_returns_a_bracketed_expression(lang):
    spec = "def f(a: int, b: int) -> int:\n    return (a + b) * 2\n\n\n"
    spec += "def main() -> None:\n    print(f(1, 2))\n"
    _prints_like_python(spec, lang)


FOR_COUNTER_REUSED = """
def plain_then_loop(n: int) -> int:
    i = 0
    s = 0
    while i < n:
        s += i
        i += 1
    for i in range(n):
        s += i * 2
    return s


def loop_then_plain(n: int) -> int:
    s = 0
    for i in range(n):
        s += i
    i = 0
    while i < n:
        s += i * 3
        i += 1
    return s


def nested_then_outer(n: int) -> int:
    s = 0
    if n > 2:
        k = n * 2
        s += k
    k = 1
    while k < n:
        s += k
        k += 1
    return s


def main() -> None:
    print(plain_then_loop(5))
    print(loop_then_plain(5))
    print(nested_then_outer(5))
"""


@pytest.mark.parametrize("lang", _with_tool("csharp", "haskell", "ocaml", "java", "d"))
def test_for_counter_reused_as_a_plain_local(lang):
    _prints_like_python(FOR_COUNTER_REUSED, lang)


NEGATE_AND_PRINT_MAX = """
def main() -> None:
    p = 5
    r = 3
    p = -p
    r = r - -p
    print(p + 10)
    print(max(p, r))
    print(min(-p, r))
"""


def test_negation_of_a_ref_and_print_of_a_parenthesised_value_render():
    program = translate.parse(NEGATE_AND_PRINT_MAX)
    assert "p := -(!p);" in languages.render(program, "ocaml")
    assert 'print(($p > $r ? $p : $r), "\\n");' in languages.render(program, "perl")


@pytest.mark.parametrize("lang", _with_tool("ocaml", "perl"))
def test_negation_of_a_ref_and_print_of_a_parenthesised_value_run(lang):
    _prints_like_python(NEGATE_AND_PRINT_MAX, lang)


MANY_ARRAYS = "def main() -> None:\n" + "".join(
    f"    array_number_{k} = new_array(3)\n    array_number_{k}[0] = {k}\n" for k in range(12)
) + "    print(" + " + ".join(f"array_number_{k}[0]" for k in range(12)) + ")\n"  # fmt: skip


def test_fortran_lines_stay_within_the_free_form_limit():
    text = languages.render(translate.parse(MANY_ARRAYS), "fortran")
    assert max(len(line) for line in text.splitlines()) <= 132
    assert "allocatable :: array_number_0(:)," in text and text.count("&\n") >= 2


@pytest.mark.parametrize("lang", _with_tool("fortran"))
def test_fortran_continued_lines_compile(lang):
    _prints_like_python(MANY_ARRAYS, lang)
