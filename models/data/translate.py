"""Task specs (a small, typed subset of Python) -> the same program in many languages.

A task spec is ordinary Python that any of the target languages can express directly:
- module = functions only; the last one is `main() -> None`; helpers come before their use;
- types: `int` (64-bit, values kept non-negative and < 2**53 so every language agrees) and
  `list[int]` (a fixed-size array made by `new_array(n)`, zero-filled, 0-indexed);
- statements: assignment to a name or `a[i]`, `+= -= *= //= %=`, `if/elif/else`, `while`,
  `for i in range(lo, hi)`, `print(x)` of one int, calls of `-> None` functions,
  `free(a)` (C frees, Fortran deallocates, others drop it), and one `return` as the last
  statement of an `-> int` function;
- expressions: int literals, names, `a[i]`, calls, `+ - * // % & | ^ >> <<` (shift counts are
  literals), comparisons, `and/or/not`, unary minus, `min/max/abs`;
- never assigns a parameter, never discards a result, conditions are comparisons;
- a name is visible in the block that first assigns it and the blocks inside it (as in C):
  one assigned only inside an `if` branch or a loop is not visible after it;
- an array is made once (`a = new_array(n)`), never assigned again or aliased (`a = b`),
  and no argument after it in a call reads it again (Rust's borrow rules).
UPPERCASE names are workload parameters, replaced by literals when rendered.

`parse(source)` checks these rules and returns a Program; `languages.render(program, lang)`
prints it. Analysis (types, which names are reassigned) lives here, syntax in languages.py.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

BUILTINS = ("new_array", "print", "free", "min", "max", "abs", "range")


class SpecError(ValueError):
    """The task spec uses something outside the translatable subset."""


@dataclass
class Function:
    node: ast.FunctionDef
    name: str
    params: list[tuple[str, str]]  # (name, "int" | "arr")
    returns: str  # "int" | "void"
    types: dict[str, str] = field(default_factory=dict)  # every local and param -> type
    assigned: dict[str, int] = field(default_factory=dict)  # name -> number of assignments
    loop_vars: set[str] = field(default_factory=set)
    # with the printers' scoping (a block's declarations end with it, a `for` counter lives
    # in its body): names assigned while a declaration of them is in scope, and names
    # declared in a block after a block nested in it declared them (C# forbids that)
    reassigned: set[str] = field(default_factory=set)
    redeclared: set[str] = field(default_factory=set)
    return_expr: ast.expr | None = None
    body: list[ast.stmt] = field(default_factory=list)  # without the final return

    @property
    def locals(self) -> list[str]:
        params = {p for p, _ in self.params}
        return [n for n in self.types if n not in params]

    def mutable(self, name: str) -> bool:
        return self.assigned.get(name, 0) > 1 or name in self.loop_vars

    def needs_cell(self, name: str) -> bool:
        """Whether an int local is a mutable cell (OCaml ref, Haskell IORef) outside loops
        over it. A `for` counter that is also a plain local is one only if truly reassigned;
        other names go by the count (siblings' declarations make a harmless cell)."""
        if self.types.get(name) != "int":
            return False
        if name in self.loop_vars:
            return name in self.reassigned
        return self.assigned.get(name, 0) > 1


@dataclass
class Program:
    functions: list[Function]

    def function(self, name: str) -> Function:
        for f in self.functions:
            if f.name == name:
                return f
        raise KeyError(name)


def _type_of_annotation(node: ast.expr | None) -> str:
    text = ast.unparse(node) if node is not None else "None"
    return {"int": "int", "list[int]": "arr", "None": "void"}.get(text, "?")


class _Substitute(ast.NodeTransformer):
    def __init__(self, params: dict[str, int]):
        self.params = params

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id.isupper():
            if node.id not in self.params:
                raise SpecError(f"workload parameter {node.id} has no value")
            return ast.copy_location(ast.Constant(self.params[node.id]), node)
        return node


def substitute(tree: ast.Module, params: dict[str, int]) -> ast.Module:
    import copy

    return ast.fix_missing_locations(_Substitute(params).visit(copy.deepcopy(tree)))


def _check_expr(e: ast.expr, fn: Function, known: dict[str, Function]) -> str:
    """Type of an expression ('int' | 'arr'), raising SpecError outside the subset."""
    if isinstance(e, ast.Constant) and type(e.value) is int:
        return "int"
    if isinstance(e, ast.Name):
        if e.id not in fn.types:
            raise SpecError(f"{fn.name}: {e.id} used before assignment")
        return fn.types[e.id]
    if isinstance(e, ast.Subscript):
        if _check_expr(e.value, fn, known) != "arr" or not isinstance(e.value, ast.Name):
            raise SpecError(f"{fn.name}: only arrays named by a variable can be indexed")
        _check_expr(e.slice, fn, known)
        return "int"
    if isinstance(e, ast.BinOp):
        if isinstance(e.op, ast.LShift | ast.RShift) and not isinstance(e.right, ast.Constant):
            raise SpecError(f"{fn.name}: shift counts must be literals")
        if not isinstance(
            e.op,
            ast.Add
            | ast.Sub
            | ast.Mult
            | ast.FloorDiv
            | ast.Mod
            | ast.BitAnd
            | ast.BitOr
            | ast.BitXor
            | ast.LShift
            | ast.RShift,
        ):
            raise SpecError(f"{fn.name}: operator {type(e.op).__name__} not supported")
        _check_expr(e.left, fn, known)
        _check_expr(e.right, fn, known)
        return "int"
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub | ast.Not):
        _check_expr(e.operand, fn, known)
        return "int"
    if isinstance(e, ast.BoolOp):
        for v in e.values:
            _check_expr(v, fn, known)
        return "int"
    if isinstance(e, ast.Compare):
        if len(e.ops) != 1:
            raise SpecError(f"{fn.name}: chained comparisons are not supported")
        _check_expr(e.left, fn, known)
        _check_expr(e.comparators[0], fn, known)
        return "int"
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name):
        name = e.func.id
        for a in e.args:
            _check_expr(a, fn, known)
        if name == "new_array":
            return "arr"
        if name in ("min", "max") and len(e.args) == 2 or name == "abs" and len(e.args) == 1:
            return "int"
        if name in known:
            callee = known[name]
            if callee.returns != "int":
                raise SpecError(f"{fn.name}: {name}() returns nothing")
            _check_array_args(e, fn, callee)
            return "int"
        raise SpecError(f"{fn.name}: unknown function {name}()")
    raise SpecError(f"{fn.name}: expression {ast.unparse(e)!r} not supported")


def _check_array_args(call: ast.Call, fn: Function, callee: Function) -> None:
    """Arrays go to a call by name, once, and no later argument reads them: Rust passes each
    as `&mut`, so the borrow starts at that argument (reading it before is fine)."""
    if len(call.args) != len(callee.params):
        raise SpecError(f"{fn.name}: {callee.name}() takes {len(callee.params)} arguments")
    for i, (a, (_, t)) in enumerate(zip(call.args, callee.params, strict=True)):
        if t != "arr":
            continue
        if not isinstance(a, ast.Name):
            raise SpecError(f"{fn.name}: pass arrays by name to {callee.name}()")
        later = call.args[i + 1 :]
        if any(isinstance(n, ast.Name) and n.id == a.id for b in later for n in ast.walk(b)):
            raise SpecError(
                f"{fn.name}: {a.id} is read by an argument after it is passed to {callee.name}()"
            )


def _assign(fn: Function, name: str, typ: str) -> None:
    if name in dict(fn.params):
        raise SpecError(f"{fn.name}: parameter {name} is assigned")
    if fn.types.get(name, typ) != typ:
        raise SpecError(f"{fn.name}: {name} changes type")
    if typ == "arr" and name in fn.types:
        raise SpecError(f"{fn.name}: array {name} is assigned twice (make each array once)")
    fn.types[name] = typ
    fn.assigned[name] = fn.assigned.get(name, 0) + 1


def _check_block(stmts: list[ast.stmt], fn: Function, known: dict[str, Function]) -> None:
    for s in stmts:
        if isinstance(s, ast.Assign):
            if len(s.targets) != 1:
                raise SpecError(f"{fn.name}: one target per assignment")
            t = s.targets[0]
            typ = _check_expr(s.value, fn, known)
            if typ == "arr" and not isinstance(s.value, ast.Call):
                raise SpecError(f"{fn.name}: arrays are made by new_array(), not aliased")
            if isinstance(t, ast.Name):
                _assign(fn, t.id, typ)
            elif isinstance(t, ast.Subscript):
                _check_expr(t, fn, known)
            else:
                raise SpecError(f"{fn.name}: cannot assign to {ast.unparse(t)}")
        elif isinstance(s, ast.AugAssign):
            _check_expr(ast.BinOp(s.target, s.op, s.value), fn, known)
            if isinstance(s.target, ast.Name):
                _assign(fn, s.target.id, "int")
        elif isinstance(s, ast.If | ast.While):
            _check_expr(s.test, fn, known)
            if not isinstance(s.test, ast.Compare | ast.BoolOp | ast.UnaryOp):
                raise SpecError(f"{fn.name}: conditions must be comparisons")
            _check_block(s.body, fn, known)
            _check_block(s.orelse, fn, known)
            if isinstance(s, ast.While) and s.orelse:
                raise SpecError(f"{fn.name}: while/else is not supported")
        elif isinstance(s, ast.For):
            it = s.iter
            ok = (
                isinstance(s.target, ast.Name)
                and isinstance(it, ast.Call)
                and isinstance(it.func, ast.Name)
                and it.func.id == "range"
                and len(it.args) in (1, 2)
                and not s.orelse
            )
            if not ok:
                raise SpecError(f"{fn.name}: only `for i in range(lo, hi)` loops")
            for a in it.args:
                _check_expr(a, fn, known)
            fn.types[s.target.id] = "int"
            fn.loop_vars.add(s.target.id)
            _check_block(s.body, fn, known)
        elif isinstance(s, ast.Expr) and isinstance(s.value, ast.Call):
            call = s.value
            name = call.func.id if isinstance(call.func, ast.Name) else ""
            for a in call.args:
                _check_expr(a, fn, known)
            if name in ("print", "free"):
                if len(call.args) != 1:
                    raise SpecError(f"{fn.name}: {name}() takes one argument")
            elif name not in known or known[name].returns != "void":
                raise SpecError(f"{fn.name}: result of {name}() discarded")
            else:
                _check_array_args(call, fn, known[name])
        elif isinstance(s, ast.Return):
            raise SpecError(f"{fn.name}: return only as the last statement")
        else:
            raise SpecError(f"{fn.name}: statement {type(s).__name__} not supported")


def _scopes(stmts: list[ast.stmt], fn: Function, declared: set[str]) -> set[str]:
    """Fill fn.reassigned / fn.redeclared for one block; returns the names it declares.
    Raise SpecError for a name read outside the block (or its inner blocks) that first
    assigns it: C and most of the target languages declare it there."""
    declared, inner = set(declared), set()

    def reads(e: ast.AST) -> None:
        for name in (n.id for n in ast.walk(e) if isinstance(n, ast.Name)):
            if name in fn.types and name not in declared:  # called functions are not in types
                raise SpecError(
                    f"{fn.name}: {name} is read outside the block that first assigns it "
                    "(assign it before the if/loop)"
                )

    for s in stmts:
        if isinstance(s, ast.Assign | ast.AugAssign):
            target = s.targets[0] if isinstance(s, ast.Assign) else s.target
            reads(s.value)
            if isinstance(s, ast.AugAssign) or isinstance(target, ast.Subscript):
                reads(target)  # x += 1 and a[i] = v read x / a and i
            if not isinstance(target, ast.Name):
                continue
            if target.id in declared or isinstance(s, ast.AugAssign):
                fn.reassigned.add(target.id)
            elif target.id in inner:
                fn.redeclared.add(target.id)
            declared.add(target.id)
            inner.add(target.id)
        elif isinstance(s, ast.If | ast.While):
            reads(s.test)
            inner |= _scopes(s.body, fn, declared) | _scopes(s.orelse, fn, declared)
        elif isinstance(s, ast.For):
            for a in s.iter.args:
                reads(a)
            inner |= _scopes(s.body, fn, declared | {s.target.id}) | {s.target.id}
        elif isinstance(s, ast.Expr):
            reads(s.value)
    return inner


def parse(source: str, params: dict[str, int] | None = None) -> Program:
    """Check a task spec and analyse it; `params` fills in its UPPERCASE workload names."""
    tree = ast.parse(source)
    if params is not None:
        tree = substitute(tree, params)
    known: dict[str, Function] = {}
    functions = []
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # docstring
        if not isinstance(node, ast.FunctionDef):
            raise SpecError(f"only functions at top level, not {type(node).__name__}")
        params_ = [(a.arg, _type_of_annotation(a.annotation)) for a in node.args.args]
        fn = Function(node, node.name, params_, _type_of_annotation(node.returns))
        if fn.returns not in ("int", "void") or any(t not in ("int", "arr") for _, t in params_):
            raise SpecError(f"{fn.name}: annotate params int / list[int], return int / None")
        if fn.name in BUILTINS:
            raise SpecError(f"{fn.name} shadows a builtin")
        fn.types = dict(params_)
        body = list(node.body)
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:]
        if fn.returns == "int":
            if not body or not isinstance(body[-1], ast.Return) or body[-1].value is None:
                raise SpecError(f"{fn.name}: must end with `return <int>`")
            fn.return_expr = body[-1].value
            body = body[:-1]
        known[fn.name] = fn  # recursion allowed
        _check_block(body, fn, known)
        if fn.return_expr is not None:
            _check_expr(fn.return_expr, fn, known)
        fn.body = body
        tail = [ast.Expr(fn.return_expr)] if fn.return_expr is not None else []
        _scopes(body + tail, fn, set(dict(params_)))
        functions.append(fn)
    if not functions or functions[-1].name != "main" or functions[-1].params:
        raise SpecError("the last function must be main() -> None")
    return Program(functions)
