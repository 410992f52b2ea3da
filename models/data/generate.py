"""Render the corpus: every task spec in models/data/tasks/ x workload sizes x languages.

A task spec file is named `<group>__<variant>.py`; its docstring holds
`family=<family> cost=<formula in n> sizes=<n1>,<n2>,...`. The cost formula is a rough count
of inner-loop steps; with a per-language speed factor it drops (size, language) pairs that
would run far past the time limit, so the corpus spends its measuring time on programs
that finish. Output is deterministic.

    python -m perfhint.models.data.generate --out DIR    # write the programs as files
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import math
import sys
from dataclasses import dataclass
from pathlib import Path

from perfhint.models.data import languages, translate

TASKS_DIR = Path(__file__).with_name("tasks")
GENERATOR_VERSION = "1"
C_STEPS_PER_S = 3e8  # cost units per second for C on the build machine, roughly
MAX_PREDICTED_S = 2.5
# rough slowdown of each language's typical run against C on this kind of code
SPEED_FACTOR = {
    "c": 1.0, "cpp": 1.0, "rust": 1.0, "fortran": 1.0, "go": 1.3, "d": 1.3, "ocaml": 2.0,
    "java": 1.5, "kotlin": 1.5, "scala": 2.0, "csharp": 2.0, "javascript": 2.5,
    "typescript": 2.5, "haskell": 40.0, "php": 25.0, "lua": 30.0, "ruby": 40.0, "python": 60.0, "perl": 80.0,
}  # fmt: skip


@dataclass(frozen=True)
class TaskSpec:
    group: str
    variant: str
    family: str
    cost: str
    sizes: tuple[int, ...]
    source: str


@dataclass(frozen=True)
class CorpusProgram:
    id: str
    group: str
    variant: str
    family: str
    language: str
    size: int
    text: str


def _cost(formula: str, n: int) -> float:
    """Evaluate a cost formula: numbers, n, + - * / **, sqrt(), factorial()."""

    def ev(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value)
        if isinstance(node, ast.Name) and node.id == "n":
            return float(n)
        if isinstance(node, ast.BinOp):
            a, b = ev(node.left), ev(node.right)
            ops = {ast.Add: a + b, ast.Sub: a - b, ast.Mult: a * b}
            if isinstance(node.op, ast.Div):
                return a / b
            if isinstance(node.op, ast.Pow):
                return a**b
            return ops[type(node.op)]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and len(node.args) == 1:
            x = ev(node.args[0])
            if node.func.id == "sqrt":
                return math.sqrt(x)
            if node.func.id == "factorial":
                return float(math.factorial(int(x)))
        raise ValueError(f"bad cost formula {formula!r}")

    return ev(ast.parse(formula, mode="eval"))


def load_specs(tasks_dir: Path = TASKS_DIR) -> list[TaskSpec]:
    specs = []
    for path in sorted(tasks_dir.glob("*__*.py")):
        source = path.read_text()
        doc = ast.get_docstring(ast.parse(source)) or ""
        meta = dict(field.split("=", 1) for field in doc.split())
        group, variant = path.stem.split("__", 1)
        sizes = tuple(int(s) for s in meta["sizes"].split(","))
        specs.append(TaskSpec(group, variant, meta["family"], meta["cost"], sizes, source))
    return specs


def predicted_s(spec: TaskSpec, size: int, language: str) -> float:
    return _cost(spec.cost, size) * SPEED_FACTOR[language] / C_STEPS_PER_S


def programs(languages_: list[str] | None = None, tasks_dir: Path = TASKS_DIR):
    """Yield every CorpusProgram (deterministic order: task, size, language)."""
    langs = languages_ or list(languages.RENDERERS)
    for spec in load_specs(tasks_dir):
        for size in spec.sizes:
            program = translate.parse(spec.source, {"N": size})
            for lang in langs:
                if predicted_s(spec, size, lang) > MAX_PREDICTED_S:
                    continue
                text = languages.render(program, lang)
                pid = f"{spec.group}__{spec.variant}__{lang}__n{size}"
                yield CorpusProgram(pid, spec.group, spec.variant, spec.family, lang, size, text)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    from perfhint.models.measure.harness import toolchains

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--language", action="append", help="only these languages")
    args = parser.parse_args(argv)
    count = 0
    for p in programs(args.language):
        ext = toolchains()[p.language].extensions[0]
        path = args.out / p.language / f"{p.group}__{p.variant}__n{p.size}{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(p.text)
        count += 1
    sys.stderr.write(f"wrote {count} programs under {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
