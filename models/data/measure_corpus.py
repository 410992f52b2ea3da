"""Measure the generated corpus into models/data/records/ — resumable, in the background.

    nice -n 5 python -m perfhint.models.data.measure_corpus --commit-every-s 1500

Programs already in the records (same id and same text) are skipped, so the command can be
stopped and started again (`--remeasure-load-above L` measures again those whose record
saw a 1-minute load average above L: a busy machine stretches wall times). Languages take
turns (Python, C and C++ twice as often), so every language grows at once. Every
`--retest-every`-th step re-measures a program measured at least `--retest-after-s`
earlier, in a new process, into records/retest.jsonl.gz: the test-retest noise the dataset
card reports. One program at a time; the machine is shared.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from perfhint.models.data import generate

RECORDS_DIR = Path(__file__).with_name("records")
# turns per round: Python, C, C++ first; Kotlin and Scala compile for ~10 s each, so fewer
PRIORITY = {"python": 2.0, "c": 2.0, "cpp": 2.0, "kotlin": 0.5, "scala": 0.5}
SLOW_S = 0.6
RETEST_FILE = "retest.jsonl.gz"


def read_records(path: Path) -> list[dict]:
    if not path.exists():
        return []
    out = []
    with gzip.open(path, "rt") as f:
        try:
            for line in f:
                if line.strip():
                    out.append(json.loads(line))
        except (EOFError, gzip.BadGzipFile):  # a member cut short by a kill: keep the rest
            pass
    return out


def append_records(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "at") as f:  # a new gzip member per flush; readers see one stream
        for r in records:
            f.write(json.dumps(r, sort_keys=True) + "\n")


def to_record(p: generate.CorpusProgram, detail, retest: bool = False) -> dict:
    m = detail.measurement
    rec = asdict(m)
    rec.pop("path")
    rec.update(
        id=p.id,
        group=p.group,
        variant=p.variant,
        family=p.family,
        size=p.size,
        text=p.text,
        text_sha256=generate.text_sha256(p.text),
        stdout_sha256=hashlib.sha256(detail.stdout.encode()).hexdigest() if detail.stdout else "",
        stdout_head=detail.stdout[:200],
        wall_s_runs=list(detail.wall_s),
        cpu_s_runs=list(detail.cpu_s),
        rss_bytes_runs=list(detail.rss_bytes),
        measured_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        generator_version=generate.GENERATOR_VERSION,
        provenance="perfhint generator (models/data/tasks), measured by perfhint.models.measure",
        retest=retest,
    )
    return rec


def load_average(record: dict) -> float | None:
    """The 1-minute load average the record's measurement saw (None if not recorded)."""
    try:
        return float(record["environment"]["loadavg_1m"])
    except (KeyError, TypeError, ValueError):
        return None


def measured(records: Path, remeasure_load_above: float = 0) -> tuple[set, dict[str, float]]:
    """The (id, text_sha256) pairs already measured, and the ids measured ok (retestable).
    A record that saw a load average above `remeasure_load_above` (if set) does not count:
    the latest line per id wins, so measuring it again replaces it."""
    done, measured_at = set(), {}
    for path in records.glob("*.jsonl.gz"):
        if path.name == RETEST_FILE:
            continue
        for r in read_records(path):
            key = (r["id"], r["text_sha256"])
            load = load_average(r)
            if remeasure_load_above and load is not None and load > remeasure_load_above:
                done.discard(key)
                continue
            done.add(key)
            if r["outcome"] == "ok":
                measured_at[r["id"]] = 0.0  # from an earlier session: old enough to retest
    return done, measured_at


def schedule(progs: list[generate.CorpusProgram]) -> list[generate.CorpusProgram]:
    """Round-robin over languages by weight, spread within each; quick programs first.

    Programs predicted to run over `SLOW_S` wait for a second pass, so a session that is
    cut short has measured many programs (still spanning three orders of magnitude of
    run time) rather than a few long ones.
    """
    specs = {(s.group, s.variant): s for s in generate.load_specs()}

    def slow(p):
        return generate.predicted_s(specs[(p.group, p.variant)], p.size, p.language) > SLOW_S

    order = []
    for pass_slow in (False, True):
        by_lang: dict[str, list] = {}
        for p in sorted(progs, key=lambda p: hashlib.sha256(p.id.encode()).hexdigest()):
            if slow(p) == pass_slow:
                by_lang.setdefault(p.language, []).append(p)
        credit = dict.fromkeys(by_lang, 0.0)
        while any(by_lang.values()):
            for lang, queue in by_lang.items():
                credit[lang] += PRIORITY.get(lang, 1.0)
                while credit[lang] >= 1 and queue:
                    order.append(queue.pop(0))
                    credit[lang] -= 1
    return order


def _git_commit(paths: list[str], message: str) -> None:
    repo = Path(__file__).resolve().parents[2]
    for _ in range(20):
        if not (repo / ".git" / "index.lock").exists():
            add = subprocess.run(["git", "add", *paths], cwd=repo, capture_output=True)
            if add.returncode == 0:
                subprocess.run(["git", "commit", "-q", "-m", message, "--", *paths], cwd=repo,
                               capture_output=True)  # fmt: skip
                return
        time.sleep(3)


def main(argv: list[str] | None = None) -> int:
    import signal

    from perfhint.models.measure import harness

    # SIGTERM unwinds like Ctrl-C, so the sandbox kills the program it is running
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=Path, default=RECORDS_DIR)
    ap.add_argument("--language", action="append", help="only these languages")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout-s", type=float, default=10.0)
    ap.add_argument("--budget-s", type=float, default=0, help="stop after this long (0: never)")
    ap.add_argument("--retest-every", type=int, default=5)
    ap.add_argument("--retest-after-s", type=float, default=900)
    ap.add_argument("--commit-every-s", type=float, default=0, help="git-commit records (0: no)")
    ap.add_argument(
        "--remeasure-load-above", type=float, default=0,
        help="measure again programs whose record saw a 1-minute load average above this (0: no)",
    )  # fmt: skip
    args = ap.parse_args(argv)

    available = [
        lang
        for lang in (args.language or list(generate.SPEED_FACTOR))
        if not harness.availability(lang)
    ]
    done, measured_at = measured(args.records, args.remeasure_load_above)
    retested = {r["id"] for r in read_records(args.records / RETEST_FILE)}
    progs = {p.id: p for p in generate.programs(available)}
    todo = [
        p
        for p in schedule(list(progs.values()))
        if (p.id, generate.text_sha256(p.text)) not in done
    ]
    sys.stderr.write(f"{len(done)} measured, {len(todo)} to go over {len(available)} languages\n")
    start = last_commit = time.monotonic()
    step = 0
    for p in todo:
        if args.budget_s and time.monotonic() - start > args.budget_s:
            break
        step += 1
        if args.retest_every and step % args.retest_every == 0:
            now = time.monotonic()
            ready = [
                i for i, t in measured_at.items()
                if i not in retested and i in progs and now - t >= args.retest_after_s
            ]  # fmt: skip
            if ready:  # the language with the fewest retests first, so each gets a ceiling
                per_lang = Counter(progs[i].language for i in retested if i in progs)
                q = progs[min(ready, key=lambda i: (per_lang[progs[i].language],
                                                    hashlib.sha256(i.encode()).hexdigest()))]  # fmt: skip
                d = harness.measure_source(q.text, q.language, q.id, args.runs, args.timeout_s)
                append_records(args.records / RETEST_FILE, [to_record(q, d, retest=True)])
                retested.add(q.id)
        d = harness.measure_source(p.text, p.language, p.id, args.runs, args.timeout_s)
        append_records(args.records / f"{p.language}.jsonl.gz", [to_record(p, d)])
        m = d.measurement
        if m.outcome == "ok":
            measured_at[p.id] = time.monotonic()
        lat = f"{m.latency_s:.3f}s" if m.latency_s is not None else "-"
        sys.stderr.write(f"[{step}/{len(todo)}] {p.id} {m.outcome} {lat} {m.message[:120]!r}\n")
        if args.commit_every_s and time.monotonic() - last_commit > args.commit_every_s:
            _git_commit([str(args.records)], f"corpus records: {step} more programs measured")
            last_commit = time.monotonic()
    if args.commit_every_s:
        _git_commit([str(args.records)], f"corpus records: {step} more programs measured")
    return 0


if __name__ == "__main__":
    sys.exit(main())
