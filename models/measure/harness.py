"""Real labels for programs: compile once, run in the sandbox, parse into a Measurement.

Labels (DESIGN.md): `peak_memory_bytes` = peak RSS of the program (wait4 ru_maxrss x 1024;
the largest process of its tree, interpreter/VM included, compiler excluded), median over the
timed runs; `latency_s` = median wall time of `runs` runs after one warm-up run, with the
p90 - p10 spread beside it; `cpu_s` = median user+system CPU time (less sensitive to other
jobs on a shared machine). A measurement whose spread exceeds `UNSTABLE_RATIO` x median is
flagged `unstable`. Failures are outcomes: compile_error, runtime_error, timeout,
out_of_memory, and skipped (no toolchain on this machine).

Function-level labels: Python only (cProfile cumulative time per function and the peak of
tracemalloc-traced memory during each function's calls, under the program's own workload);
other languages report none.

    python -m perfhint.models.measure.harness --available   # which toolchains are here
"""

from __future__ import annotations

import functools
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from perfhint.models.core import Measurement
from perfhint.models.measure import sandbox

TABLE_PATH = Path(__file__).with_name("toolchains.toml")
HARNESS_VERSION = "1"
UNSTABLE_RATIO = 0.2
PROFILE_MAX_S = 1.0  # function labels only for programs this fast (the tracer slows them ~10x)
COMPILE_TIMEOUT_S = 180.0
EXE = "prog"
OOM_PATTERNS = re.compile(
    r"MemoryError|OutOfMemoryError|out of memory|Out of memory|Cannot allocate memory|"
    r"std::bad_alloc|memory allocation of \d+ bytes failed|heap out of memory|"
    r"failed to allocate|Allowed memory size|NoMemoryError|not enough memory|Out_of_memory"
)


@dataclass(frozen=True)
class Toolchain:
    """One row of toolchains.toml."""

    language: str
    name: str
    extensions: tuple[str, ...]
    source: str
    run: tuple[str, ...]
    compile: tuple[str, ...] = ()
    version: tuple[str, ...] = ()
    limits: str = "native"
    env: dict[str, str] = field(default_factory=dict)
    apt: str = ""
    npm: str = ""
    unavailable: str = ""

    main_pattern: str = ""  # regex whose group 1 names the entry class/object, if any

    def fill(self, argv: tuple[str, ...]) -> list[str]:
        return [a.replace("{src}", self.source).replace("{exe}", EXE) for a in argv]

    def for_text(self, text: str) -> Toolchain:
        """This toolchain with `Main` replaced by the program's own entry class, if named."""
        m = re.search(self.main_pattern, text) if self.main_pattern else None
        if not m or m.group(1) == "Main":
            return self
        name = m.group(1)
        return replace(
            self,
            source=self.source.replace("Main", name),
            run=tuple(a.replace("Main", name) if a == "Main" else a for a in self.run),
        )


@functools.cache
def _table() -> dict:
    with open(TABLE_PATH, "rb") as f:
        return tomllib.load(f)


@functools.cache
def toolchains() -> dict[str, Toolchain]:
    rows = {}
    for lang, row in _table()["languages"].items():
        row = dict(row)
        for key in ("extensions", "run", "compile", "version"):
            if key in row:
                row[key] = tuple(row[key])
        rows[lang] = Toolchain(language=lang, **row)
    return rows


def limits_for(toolchain: Toolchain, timeout_s: float) -> sandbox.Limits:
    c = _table()["limits"][toolchain.limits]
    return sandbox.Limits(
        wall_s=timeout_s,
        address_space_bytes=c["address_space_bytes"],
        memory_bytes=c["memory_bytes"],
        file_size_bytes=c["file_size_bytes"],
        processes=c["processes"],
    )


def _tool_path() -> str:
    return f"{sandbox.SAFE_PATH}:{Path.home() / '.cargo' / 'bin'}"


def _which(tool: str) -> str | None:
    return shutil.which(tool, path=_tool_path())


def availability(language: str) -> str:
    """'' when `language` can be measured here, else the reason it cannot."""
    tc = toolchains().get(language)
    if tc is None:
        return f"unknown language {language!r}"
    if tc.unavailable:
        return tc.unavailable
    for argv in (tc.compile, tc.run):
        if argv and not argv[0].startswith("./") and _which(argv[0]) is None:
            how = f"apt-get install {tc.apt}" if tc.apt else f"npm install -g {tc.npm}"
            return f"{argv[0]} not found (install with `{how}` or `make toolchains`)"
    return ""


def available_languages() -> dict[str, str]:
    """language -> '' (available) or the reason it is not."""
    return {lang: availability(lang) for lang in toolchains()}


def language_of(path: Path) -> str | None:
    suffix = Path(path).suffix.lower()
    for lang, tc in toolchains().items():
        if suffix in tc.extensions:
            return lang
    return None


@functools.cache
def toolchain_version(language: str) -> str:
    tc = toolchains()[language]
    if not tc.version or availability(language):
        return ""
    try:
        proc = subprocess.run(
            [_which(tc.version[0]) or tc.version[0], *tc.version[1:]],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PATH": _tool_path()},
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    lines = [ln for ln in (proc.stdout + proc.stderr).splitlines() if "warning" not in ln.lower()]
    return lines[0].strip() if lines else ""


@functools.cache
def _machine() -> dict[str, str]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    env = {
        "cpu_model": cpu,
        "cpu_count": str(os.cpu_count()),
        "kernel": platform.release(),
        "os": platform.platform(),
        "harness_version": HARNESS_VERSION,
    }
    env.update(sandbox.features().describe())
    return env


def environment(language: str) -> dict[str, str]:
    """Machine, toolchain and flags a measurement was taken with."""
    tc = toolchains()[language]
    env = dict(_machine())
    env["toolchain"] = toolchain_version(language)
    env["compile"] = " ".join(tc.fill(tc.compile))
    env["run"] = " ".join(tc.fill(tc.run))
    try:
        env["loadavg_1m"] = Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        pass
    return env


def percentile(sorted_values: list[float], q: float) -> float:
    """Linear-interpolated percentile (0 <= q <= 1) of an ascending list."""
    if not sorted_values:
        raise ValueError("no values")
    pos = q * (len(sorted_values) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def classify(result: sandbox.RunResult, limits: sandbox.Limits | None = None) -> tuple[str, str]:
    """(outcome, message) of one run; pure.

    A failed run counts as out of memory when the cgroup OOM-killed it, when its stderr says
    so, or when its peak RSS reached half the address-space limit / 90% of the memory limit
    (a native program whose malloc returned NULL often just exits with an error code).
    """
    tail = result.stderr.strip()[-300:]
    near_limit = limits is not None and (
        (limits.address_space_bytes and result.peak_rss_bytes >= 0.5 * limits.address_space_bytes)
        or (limits.memory_bytes and result.peak_rss_bytes >= 0.9 * limits.memory_bytes)
    )
    if result.error:
        return "runtime_error", f"sandbox: {result.error}"
    if result.timed_out or result.signal == 24:  # SIGXCPU: the CPU-time limit
        return "timeout", "killed at the time limit"
    if result.oom_killed or (
        (result.exit_code != 0 or result.signal)
        and (OOM_PATTERNS.search(result.stderr) or near_limit)
    ):
        return "out_of_memory", tail or "killed at the memory limit"
    if result.signal == 25:  # SIGXFSZ: the file-size limit (stdout included)
        return "runtime_error", "output exceeded the file-size limit"
    if result.signal:
        return "runtime_error", f"killed by signal {result.signal}" + (f": {tail}" if tail else "")
    if result.exit_code != 0:
        return "runtime_error", f"exit code {result.exit_code}" + (f": {tail}" if tail else "")
    return "ok", ""


@dataclass(frozen=True)
class Detail:
    """Everything one measurement saw, beyond the Measurement record (for the corpus)."""

    measurement: Measurement
    stdout: str = ""
    wall_s: tuple[float, ...] = ()
    cpu_s: tuple[float, ...] = ()
    rss_bytes: tuple[int, ...] = ()


def _compile(tc: Toolchain, work: Path, timeout_s: float) -> tuple[str, str]:
    if not tc.compile:
        return "ok", ""
    gocache = sandbox.cache_dir() / "go-build"
    env = {
        "PATH": _tool_path(),
        "HOME": str(Path.home()),
        "GOCACHE": str(gocache),
        **tc.env,
    }
    limits = replace(limits_for(tc, timeout_s), wall_s=COMPILE_TIMEOUT_S, processes=1024)
    compile_argv = tc.fill(tc.compile)
    compile_argv[0] = _which(compile_argv[0]) or compile_argv[0]
    result = sandbox.run(compile_argv, work, limits, env=env, drop_privileges=False)
    if result.timed_out:
        return "compile_error", f"compiler timed out after {COMPILE_TIMEOUT_S:.0f} s"
    if result.exit_code != 0 or result.signal or result.error:
        text = (result.stderr + result.stdout.decode("utf-8", "replace")).strip()
        return "compile_error", (result.error or text)[-1500:]
    return "ok", ""


_PY_PROFILER = r"""
import cProfile, json, pstats, sys, tracemalloc
mode, prog, out = sys.argv[1], sys.argv[2], sys.argv[3]
code = compile(open(prog).read(), prog, "exec")
glb = {"__name__": "__main__", "__file__": prog}
res = {}
if mode == "time":
    pr = cProfile.Profile()
    pr.enable()
    exec(code, glb)
    pr.disable()
    for (fn, line, name), (cc, nc, tt, ct, callers) in pstats.Stats(pr).stats.items():
        if fn == prog:
            res[name] = {"latency_s": ct, "calls": nc, "line": line}
else:
    stack = []  # [code, base bytes, max bytes]
    def hook(frame, event, arg):
        if event == "call" and frame.f_code.co_filename == prog:
            cur, peak = tracemalloc.get_traced_memory()
            if stack:
                stack[-1][2] = max(stack[-1][2], peak)
            tracemalloc.reset_peak()
            stack.append([frame.f_code, cur, cur])
        elif event == "return" and stack and frame.f_code is stack[-1][0]:
            cur, peak = tracemalloc.get_traced_memory()
            c, base, top = stack.pop()
            top = max(top, peak)
            r = res.setdefault(c.co_qualname, {"peak_memory_bytes": 0, "line": c.co_firstlineno})
            r["peak_memory_bytes"] = max(r["peak_memory_bytes"], top - base)
            if stack:
                stack[-1][2] = max(stack[-1][2], top)
    tracemalloc.start()
    sys.setprofile(hook)
    exec(code, glb)
    sys.setprofile(None)
sys.stdout.flush()
json.dump(res, open(out, "w"))
"""


def _python_functions(tc: Toolchain, work: Path, limits: sandbox.Limits) -> dict:
    """Per-function labels for a Python program: two extra runs under the profilers."""
    (work / "_perfhint_profile.py").write_text(_PY_PROFILER)
    functions: dict[str, dict[str, float]] = {}
    for mode in ("time", "memory"):
        out = work / f"_perfhint_{mode}.json"
        argv = [_which("python3") or "python3", "-S", "_perfhint_profile.py", mode]
        argv += [str(work / tc.source), str(out)]
        sandbox.give_to_sandbox_user(work)
        result = sandbox.run(argv, work, limits)
        if result.exit_code != 0 or not out.exists():
            continue
        for name, values in json.loads(out.read_text()).items():
            functions.setdefault(name, {}).update({k: float(v) for k, v in values.items()})
    return functions


def measure_source(
    text: str,
    language: str,
    path: str = "<text>",
    runs: int = 5,
    timeout_s: float = 10.0,
    function_labels: bool = True,
    limits: sandbox.Limits | None = None,
    stdin: bytes | None = None,
) -> Detail:
    """Measure one program given as text (and its stdin, if any). Never raises for anything
    the program does."""
    reason = availability(language)
    if reason:
        return Detail(Measurement(path=path, language=language, outcome="skipped", message=reason))
    tc = toolchains()[language].for_text(text)
    env = environment(language)
    limits = limits or limits_for(tc, timeout_s)
    base = Measurement(path=path, language=language, outcome="ok", environment=env)
    with tempfile.TemporaryDirectory(prefix="perfhint-run-") as tmp:
        work = Path(tmp)
        (work / tc.source).write_text(text)
        stdin_path = None
        if stdin is not None:  # kept outside the working dir the program may wipe
            stdin_path = Path(tmp + ".stdin")
            stdin_path.write_bytes(stdin)
        try:
            return _measure_in(tc, language, work, base, runs, limits, function_labels, stdin_path)
        finally:
            if stdin_path is not None:
                stdin_path.unlink(missing_ok=True)


def _measure_in(tc, language, work, base, runs, limits, function_labels, stdin_path) -> Detail:
    """Compile in `work`, then the warm-up and timed runs."""
    outcome, message = _compile(tc, work, limits.wall_s)
    if outcome != "ok":
        return Detail(replace(base, outcome=outcome, message=message))
    sandbox.give_to_sandbox_user(work)
    run_argv = tc.fill(tc.run)
    if not run_argv[0].startswith("./"):
        run_argv[0] = _which(run_argv[0]) or run_argv[0]
    results = []
    for i in range(runs + 1):  # the first is the warm-up
        r = sandbox.run(run_argv, work, limits, env=dict(tc.env), stdin_path=stdin_path)
        outcome, message = classify(r, limits)
        if outcome != "ok":
            return Detail(replace(base, outcome=outcome, message=message, runs=i))
        if i:
            results.append(r)
    walls = sorted(r.wall_s for r in results)
    median = statistics.median(walls)
    spread = percentile(walls, 0.9) - percentile(walls, 0.1)
    functions = {}
    if function_labels and language == "python" and median <= PROFILE_MAX_S:
        functions = _python_functions(tc, work, limits)
    m = replace(
        base,
        peak_memory_bytes=float(statistics.median(r.peak_rss_bytes for r in results)),
        latency_s=median,
        latency_spread_s=spread,
        cpu_s=statistics.median(r.cpu_s for r in results),
        runs=len(results),
        unstable=median > 0 and spread / median > UNSTABLE_RATIO,
        functions=functions,
    )
    return Detail(
        m,
        stdout=results[0].stdout.decode("utf-8", "replace"),
        wall_s=tuple(r.wall_s for r in results),
        cpu_s=tuple(r.cpu_s for r in results),
        rss_bytes=tuple(r.peak_rss_bytes for r in results),
    )


def stdin_files(path: Path) -> list[Path]:
    """Where a program's input may lie beside it: `prog.py.stdin`, `prog.stdin`, `prog.in`."""
    return [
        path.with_name(path.name + ".stdin"),
        path.with_suffix(".stdin"),
        path.with_suffix(".in"),
    ]


def measure_paths(paths, runs: int = 5, timeout_s: float = 10.0) -> list[Measurement]:
    """Measure each program file; the language comes from the file extension, the input
    from a stdin file beside it (see `stdin_files`), if there is one."""
    if runs < 1:
        raise ValueError("runs must be >= 1")
    out = []
    for p in paths:
        p = Path(p)
        if not p.is_file():
            raise FileNotFoundError(f"no such file: {p}")
        language = language_of(p)
        if language is None:
            out.append(
                Measurement(
                    path=str(p),
                    language="unknown",
                    outcome="skipped",
                    message=f"no toolchain for extension {p.suffix!r}",
                )
            )
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        stdin = next((f.read_bytes() for f in stdin_files(p) if f.is_file()), None)
        out.append(measure_source(text, language, str(p), runs, timeout_s, stdin=stdin).measurement)
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["--available"]:
        sys.stderr.write("usage: python -m perfhint.models.measure.harness --available\n")
        return 2
    for lang, reason in available_languages().items():
        version = toolchain_version(lang) if not reason else ""
        sys.stdout.write(f"{lang:<11} {'yes' if not reason else 'no':<4} {version or reason}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
