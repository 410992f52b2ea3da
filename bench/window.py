"""How much of the code task's signal survives a token window (python bench/window.py).

The default model's frozen encoder reads 256 MiniLM tokens of a program: the first 128 and the
last 128. Most programs are longer (the corpus's token-length percentiles are printed). This
bench scores the TF-IDF + ridge baseline of `perfhint eval` on the held-out code split twice
over: on the full texts, and on each window of N tokens (head N - 128, tail 128, decoded back
to text), so the cost of the window is measured on a method that reads every token it is given.
Mean Spearman over languages (slices with >= 10 programs), as the card's summary.

    python bench/window.py [--windows 256,512,768,1024]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if not p or Path(p).resolve() != Path(_HERE)]

TAIL = 128


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--windows", default="256,512,768,1024")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    import numpy as np

    from perfhint.models import encoders, evaluate
    from perfhint.models.data import corpus

    splits = corpus.load_splits(seed=args.seed)
    train, test = list(splits.train), list(splits.test)
    tokenizer = encoders.load_pretrained("minilm", max_tokens=512)._untruncated()
    texts = sorted({encoders.render_input(e.query) for e in train + test})
    full = {t: e.ids for t, e in zip(texts, tokenizer.encode_batch(texts), strict=True)}
    lengths = np.array([len(x) for x in full.values()])
    pct = ", ".join(f"p{p} {int(np.percentile(lengths, p))}" for p in (50, 75, 90, 95, 99))
    print(f"code corpus: {len(texts)} texts, MiniLM tokens {pct}")

    def windowed(examples, n: int):
        out = []
        for e in examples:
            x = full[encoders.render_input(e.query)]
            if len(x) > n:
                x = x[: n - TAIL] + x[-TAIL:]
            text = tokenizer.decode(x)
            out.append(dataclasses.replace(e, query=dataclasses.replace(e.query, text=text)))
        return out

    def score(tr, te) -> dict[str, float]:
        preds = evaluate.tfidf_ridge_baseline(tr, te)
        slices = evaluate.score_slices("code", te, {"tfidf_ridge": preds})
        return {
            target: means["tfidf_ridge"] for target, means in evaluate.summarize(slices).items()
        }

    rows = {"full text": score(train, test)}
    for n in (int(w) for w in args.windows.split(",")):
        rows[f"{n} tokens"] = score(windowed(train, n), windowed(test, n))
    targets = sorted(next(iter(rows.values())))
    print("\n| TF-IDF + ridge reads | " + " | ".join(targets) + " |")
    print("|---|" + "---|" * len(targets))
    for name, r in rows.items():
        print(f"| {name} | " + " | ".join(f"{r[t]:.3f}" for t in targets) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
