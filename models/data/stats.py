"""The numbers of the dataset card: counts, label distributions, test-retest noise ceiling.

python -m perfhint.models.data.stats            # print the tables (Markdown)
python -m perfhint.models.data.stats --write    # refresh them inside models/data/README.md
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from perfhint.models.data.corpus import RECORDS_DIR, load_records
from perfhint.models.data.measure_corpus import RETEST_FILE, load_average, read_records

CARD = Path(__file__).with_name("README.md")
BEGIN, END = "<!-- stats:begin -->", "<!-- stats:end -->"
LABELS = ("peak_memory_bytes", "latency_s", "cpu_s")


def all_records(records_dir: Path) -> list[dict]:
    latest: dict[str, dict] = {}
    for path in sorted(records_dir.glob("*.jsonl.gz")):
        if path.name != RETEST_FILE:
            for r in read_records(path):
                latest[r["id"]] = r
    return list(latest.values())


def quantile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * (len(s) - 1) + 0.5))]


def retest_pairs(records_dir: Path) -> dict[str, list[tuple[dict, dict]]]:
    """language -> [(first, second)] for programs measured twice with the same text."""
    first = {r["id"]: r for r in all_records(records_dir)}
    pairs: dict[str, list] = {}
    for r in read_records(records_dir / RETEST_FILE):
        a = first.get(r["id"])
        if a and a["text_sha256"] == r["text_sha256"] and a["outcome"] == r["outcome"] == "ok":
            pairs.setdefault(r["language"], []).append((a, r))
    return pairs


def tables(records_dir: Path = RECORDS_DIR) -> str:
    from perfhint.models.metrics import spearman_score

    rows = all_records(records_dir)
    kept = load_records(records_dir)
    langs = sorted({r["language"] for r in rows})
    out = ["### Programs per language and outcome", ""]
    outcomes = ["ok", "compile_error", "runtime_error", "timeout", "out_of_memory", "skipped"]
    out.append(
        "| language | measured | "
        + " | ".join(outcomes)
        + " | ok but unstable | ok but output differs | kept |"
    )
    out.append("|---" * (len(outcomes) + 5) + "|")
    kept_by = Counter(r["language"] for r in kept)
    for lang in langs + ["**all**"]:
        rs = rows if lang == "**all**" else [r for r in rows if r["language"] == lang]
        c = Counter(r["outcome"] for r in rs)
        unstable = sum(1 for r in rs if r["outcome"] == "ok" and r["unstable"])
        k = len(kept) if lang == "**all**" else kept_by[lang]
        differs = c["ok"] - k
        cells = [str(c[o]) for o in outcomes]
        out.append(
            f"| {lang} | {len(rs)} | " + " | ".join(cells) + f" | {unstable} | {differs} | {k} |"
        )
    loads = [load for r in rows if (load := load_average(r)) is not None]
    if loads:
        out += ["", f"Machine load while measuring (1-minute load average on 2 cores): median "
                f"{quantile(loads, 0.5):.1f}, p10 {quantile(loads, 0.1):.1f}, p90 {quantile(loads, 0.9):.1f}."]  # fmt: skip
    groups = {r["group"] for r in kept}
    out += ["", f"Kept programs cover {len(groups)} task groups, "
            f"{len({(r['group'], r['variant']) for r in kept})} task variants, "
            f"{len({r['family'] for r in kept})} algorithm families.", ""]  # fmt: skip
    out += ["### Label distributions of kept programs (p10 / median / p90; min - max)", ""]
    out.append("| language | n | peak memory MiB | latency s | CPU s |")
    out.append("|---|---|---|---|---|")
    for lang in sorted(kept_by):
        rs = [r for r in kept if r["language"] == lang]
        cells = []
        for label, scale in (("peak_memory_bytes", 2**20), ("latency_s", 1), ("cpu_s", 1)):
            v = [r[label] / scale for r in rs if r.get(label) is not None]
            cells.append(
                f"{quantile(v, 0.1):.3g} / {quantile(v, 0.5):.3g} / {quantile(v, 0.9):.3g}; "
                f"{min(v):.3g} - {max(v):.3g}"
            )
        out.append(f"| {lang} | {len(rs)} | " + " | ".join(cells) + " |")
    out += ["", "### Test-retest noise ceiling (Spearman between two measurements)", ""]
    out.append("| language | pairs | peak_memory_bytes | latency_s | cpu_s |")
    out.append("|---|---|---|---|---|")
    pairs = retest_pairs(records_dir)
    for lang in sorted(pairs) + (["**all**"] if pairs else []):
        ps = [p for ls in pairs.values() for p in ls] if lang == "**all**" else pairs[lang]
        cells = []
        for label in LABELS:
            a = [x[label] for x, y in ps if x.get(label) is not None and y.get(label) is not None]
            b = [y[label] for x, y in ps if x.get(label) is not None and y.get(label) is not None]
            cells.append(f"{spearman_score(a, b):.3f}" if len(a) >= 5 else "n<5")
        out.append(f"| {lang} | {len(ps)} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=Path, default=RECORDS_DIR)
    ap.add_argument("--write", action="store_true", help="refresh the tables in README.md")
    args = ap.parse_args(argv)
    text = tables(args.records)
    if not args.write:
        sys.stdout.write(text)
        return 0
    card = CARD.read_text()
    head, _, rest = card.partition(BEGIN)
    _, _, tail = rest.partition(END)
    CARD.write_text(f"{head}{BEGIN}\n{text}{END}{tail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
