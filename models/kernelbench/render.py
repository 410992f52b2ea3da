"""The text the model reads for a PyTorch program: sizes first, then code, no prose.

KernelBench-style files (and most users' `nn.Module` files) put the sizes that decide the
latency at the bottom (`batch_size = 16`, `get_inputs()`), after a long class with
docstrings; an encoder that keeps the first 512 tokens would never see them. `model_text`
rewrites a file, statically (the program is parsed, never executed):

0. a comment with the number of input elements, where `get_inputs` builds its tensors with
   torch factory calls whose shapes fold to constants (`# input elements: 2.6e+05 ...`);
1. module-level numeric constants, folded where they are arithmetic of literals and earlier
   constants (`dim = 16 * 1024` -> `dim = 16384`);
2. `get_inputs` / `get_init_inputs` (the shapes of the timed call);
3. everything else (classes, other functions), imports dropped;

with docstrings and comments removed. A file that does not parse is returned as it is.
Training data and server queries both go through this function, so they read alike.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Sequence

from perfhint.models.core import Query

_FOLD_LIMIT = 10**18
_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.FloorDiv: operator.floordiv,
    ast.Div: operator.truediv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_INPUT_FUNCTIONS = ("get_inputs", "get_init_inputs")


def _fold(node: ast.AST, known: dict[str, object]):
    """The value of a numeric/tuple constant expression, or None when it is not one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, bool, str)):
        return node.value
    if isinstance(node, ast.Name):
        return known.get(node.id)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        v = _fold(node.operand, known)
        if isinstance(v, (int, float)):
            return -v if isinstance(node.op, ast.USub) else v
        return None
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        a, b = _fold(node.left, known), _fold(node.right, known)
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (a, b)):
            return None
        if isinstance(node.op, ast.Pow) and (abs(b) > 64 or abs(a) > 2**32):
            return None
        try:
            v = _BINOPS[type(node.op)](a, b)
        except (ArithmeticError, ValueError):
            return None
        if isinstance(v, complex) or abs(v) > _FOLD_LIMIT:
            return None
        return v
    if isinstance(node, ast.Tuple | ast.List):
        items = [_fold(e, known) for e in node.elts]
        return None if any(v is None for v in items) else tuple(items)
    return None


def _strip_docstrings(tree: ast.AST) -> None:
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                node.body = body[1:] or [ast.Pass()]


def _bind(stmt: ast.stmt, known: dict[str, object]) -> dict[str, object]:
    """Names a module-level `a = 1`, `a = b = 2`, `a, b = 3, 4` or `a: int = 5` binds."""
    if isinstance(stmt, ast.Assign):
        targets, value = stmt.targets, stmt.value
    elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
        targets, value = [stmt.target], stmt.value
    else:
        return {}
    folded = _fold(value, known)
    if folded is None:
        return {}
    bound: dict[str, object] = {}
    for target in targets:
        if isinstance(target, ast.Name):
            bound[target.id] = folded
        elif (
            isinstance(target, ast.Tuple)
            and all(isinstance(e, ast.Name) for e in target.elts)
            and isinstance(folded, tuple)
            and len(folded) == len(target.elts)
        ):
            bound.update({e.id: v for e, v in zip(target.elts, folded, strict=True)})
        else:
            return {}
    return bound


_FACTORIES = frozenset(
    {"rand", "randn", "randint", "zeros", "ones", "empty", "full", "rand_like", "tensor", "arange"}
)


def _shape_elements(call: ast.Call, known: dict[str, object]) -> int | None:
    """Elements of a `torch.rand(a, b)` / `torch.randn((a, b))` / `torch.rand(n, *shape)` call."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else None
    if name not in _FACTORIES or name in ("rand_like", "tensor", "arange"):
        return None
    args = call.args[2:] if name == "randint" else call.args
    if name == "randint" and len(call.args) == 2:  # randint(high, size)
        args = call.args[1:]
    if name == "full":
        args = call.args[:1]
    dims: list[object] = []
    for a in args:
        if isinstance(a, ast.Starred):
            dims.extend(_fold(a.value, known) or (None,))
        else:
            v = _fold(a, known)
            dims.extend(v if isinstance(v, tuple) else (v,))
    if not dims or not all(isinstance(d, int) and not isinstance(d, bool) for d in dims):
        return None
    n = 1
    for d in dims:
        n *= d
    return n


def _input_summary(functions: list[ast.stmt], known: dict[str, object]) -> str | None:
    """`# input elements: 2.6e+05 (2 tensors)` from the factory calls in `get_inputs`."""
    calls = [
        node
        for f in functions
        if isinstance(f, ast.FunctionDef) and f.name == "get_inputs"
        for node in ast.walk(f)
        if isinstance(node, ast.Call)
    ]
    sizes = [n for n in (_shape_elements(c, known) for c in calls) if n is not None]
    if not sizes:
        return None
    return f"# input elements: {sum(sizes):.1e} ({len(sizes)} tensors, largest {max(sizes):.1e})"


def model_text(source: str) -> str:
    """Sizes first, then the input builders, then the rest; no imports, docstrings, comments."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return source
    _strip_docstrings(tree)
    known: dict[str, object] = {}
    sizes: list[str] = []
    inputs: list[ast.stmt] = []
    rest: list[ast.stmt] = []
    for stmt in tree.body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            continue
        bound = _bind(stmt, known)
        if bound:
            known.update(bound)
            sizes += [f"{name} = {v!r}" for name, v in bound.items()]
            continue
        if isinstance(stmt, ast.FunctionDef) and stmt.name in _INPUT_FUNCTIONS:
            inputs.append(stmt)
        else:
            rest.append(stmt)
    try:
        code = [ast.unparse(s) for s in inputs + rest]
    except (ValueError, RecursionError):
        return source
    summary = _input_summary(inputs, known)
    return "\n".join(([summary] if summary else []) + sizes + code) + "\n"


def gpu_queries(source: str, profile: str, modes: Sequence[str]) -> list[Query]:
    """The queries for a PyTorch file on a GPU profile: one per mode, eager first.

    `modes`: the modes both the profile (profiles.json) and the model (`config.modes`) know.
    """
    text = model_text(source)
    ordered = [m for m in ("eager", *modes) if m in modes]
    return [
        Query(text=text, kind="program", language="python", profile=profile,
              targets=("latency_s",), mode=mode)
        for mode in dict.fromkeys(ordered)
    ]  # fmt: skip


def compile_summary(modes: Sequence[str], latency_s: Sequence[float]) -> dict:
    """Eager latency, the fastest compiled mode, its latency and speed-up (eager / compiled)."""
    by_mode = dict(zip(modes, latency_s, strict=True))
    eager = by_mode.get("eager")
    compiled = {m: v for m, v in by_mode.items() if m != "eager"}
    out: dict = {"eager_s": eager}
    if compiled:
        best = min(compiled, key=compiled.get)
        out.update(best_mode=best, best_s=compiled[best])
        if eager:
            out["speedup"] = eager / compiled[best]
    return out
