"""Turn measure_gpu.py output folders into the committed records of one GPU profile.

    python -m perfhint.models.triton.collect --profile nvidia-h100-sxm \
        --out models/triton/records/h100.jsonl.gz RUN_DIR [RUN_DIR ...]

Each RUN_DIR holds records.jsonl, env.json and ceilings.json from one measure_gpu.py run.
Records are joined with the corpus (text, shapes, FLOP and byte counts) so the committed file
stands alone; a sample measured in several runs keeps its first record. The runs' env and
ceilings go to `<out stem>.runs.json` beside the records.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from perfhint.models.triton import corpus


def collect(run_dirs: list[Path], profile: str) -> tuple[list[dict], list[dict]]:
    samples = {s.id: s for s in corpus.generate()}
    records: dict[str, dict] = {}
    runs = []
    for i, d in enumerate(run_dirs):
        env = json.loads((d / "env.json").read_text())
        ceilings = json.loads((d / "ceilings.json").read_text())
        runs.append({"run": i, "dir": d.name, "env": env, "ceilings": ceilings})
        for line in (d / "records.jsonl").read_text().splitlines():
            raw = json.loads(line)
            s = samples.get(raw["id"])
            if s is None or raw["id"] in records:
                continue
            rec = s.to_json()
            rec.update({k: v for k, v in raw.items() if k not in ("task", "traceback")})
            rec.update(profile=profile, run=i)
            records[raw["id"]] = rec
    order = {s: i for i, s in enumerate(samples)}
    return sorted(records.values(), key=lambda r: order[r["id"]]), runs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("runs", nargs="+", type=Path)
    args = ap.parse_args(argv)
    records, runs = collect(args.runs, args.profile)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt") as f:
        for r in records:
            f.write(json.dumps(r, sort_keys=True) + "\n")
    side = args.out.with_name(args.out.name.split(".")[0] + ".runs.json")
    side.write_text(json.dumps(runs, indent=1) + "\n")
    ok = sum(r["outcome"] == "ok" for r in records)
    print(f"{args.out}: {len(records)} records ({ok} ok) from {len(runs)} runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
