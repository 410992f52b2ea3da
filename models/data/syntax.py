"""Syntax shared by the printers: precedence, blocks, naming (see languages.py)."""

from __future__ import annotations

import ast
import re

from perfhint.models.data.translate import Function, Program

PREC = {
    ast.Or: 1, ast.And: 2, ast.Not: 3, ast.Compare: 4, ast.BitOr: 5, ast.BitXor: 6,
    ast.BitAnd: 7, ast.LShift: 8, ast.RShift: 8, ast.Add: 9, ast.Sub: 9, ast.Mult: 10,
    ast.FloorDiv: 10, ast.Mod: 10, ast.USub: 11,
}  # fmt: skip
ATOM = 12
BITWISE = (5, 6, 7, 8)
OPS = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.FloorDiv: "/", ast.Mod: "%",
    ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^", ast.LShift: "<<", ast.RShift: ">>",
}  # fmt: skip
CMPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}
INT32_MAX = 2**31 - 1


def literal_only(node: ast.expr) -> bool:
    return not any(isinstance(n, ast.Name | ast.Subscript | ast.Call) for n in ast.walk(node))


def paren(text: str) -> str:
    """`text` as an operand of `<` / `?:`: parenthesised when it holds a bitwise operator or
    a comparison (they bind looser than `<` in C and Perl); arithmetic binds tighter."""
    return f"({text})" if re.search(r" ([\^&|?]|[<>=!]=?|<<|>>) ", text) else text


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


class Lang:
    """Syntax shared by every printer; subclasses override the hooks they need."""

    ops: dict = OPS
    cmps: dict = CMPS
    and_, or_, not_ = "&&", "||", "!"
    style = "snake"  # or "camel"
    reserved: frozenset[str] = frozenset()  # renamed wherever they appear (reserved.RESERVED)
    builtins: frozenset[str] = frozenset()  # renamed as function names (reserved.LIBRARY)
    terminator = ";"
    indent = "    "

    def __init__(self, program: Program):
        self.program = program
        self.fn: Function | None = None
        self.bound: set[str] = set()  # `for` counters in scope: they hide a same-named local

    # names ---------------------------------------------------------------------------------
    def ident(self, name: str) -> str:
        out = camel(name) if self.style == "camel" else name
        return self.escape(out) if out in self.reserved else out

    def escape(self, name: str) -> str:
        """A reserved name made usable: `final` -> `final_`."""
        return name + "_"

    def fname(self, name: str) -> str:
        out = self.ident(name)
        return out + "_" if out in self.builtins else out

    def var(self, name: str) -> str:
        return self.ident(name)

    # expressions ---------------------------------------------------------------------------
    def lit(self, value: int) -> str:
        return str(value)

    def index(self, arr: str, idx: str) -> str:
        return f"{arr}[{idx}]"

    def binop(self, op: type, left: str, right: str) -> str:
        return f"{left} {self.ops[op]} {right}"

    def call(self, name: str, args: list[str]) -> str:
        return f"{self.fname(name)}({', '.join(args)})"

    def arg(self, e: ast.expr, param_type: str) -> str:
        return self.expr(e)

    def minmax(self, name: str, a: str, b: str) -> str:
        return f"{name}({a}, {b})"

    def abs_(self, a: str) -> str:
        return f"abs({a})"

    def new_array(self, n: str) -> str:
        raise NotImplementedError

    def _wrap(self, e: ast.expr, parent: int, right: bool = False) -> str:
        text, prec = self._expr(e)
        bitwise_mix = (parent in BITWISE or prec in BITWISE) and prec != parent and prec < ATOM
        if prec < parent or (right and prec == parent) or bitwise_mix:
            return f"({text})"
        return text

    def expr(self, e: ast.expr) -> str:
        return self._expr(e)[0]

    def _expr(self, e: ast.expr) -> tuple[str, int]:
        if isinstance(e, ast.Constant):
            return self.lit(e.value), ATOM if e.value >= 0 else PREC[ast.USub]
        if isinstance(e, ast.Name):
            return self.var(e.id), ATOM
        if isinstance(e, ast.Subscript):
            return self.index(self.var(e.value.id), self.expr(e.slice)), ATOM
        if isinstance(e, ast.BinOp):
            p = PREC[type(e.op)]
            text = self.binop(type(e.op), self._wrap(e.left, p), self._wrap(e.right, p, True))
            return text, p if text.startswith(self._wrap(e.left, p)) else ATOM
        if isinstance(e, ast.UnaryOp):
            if isinstance(e.op, ast.USub):
                return f"-{self._wrap(e.operand, ATOM)}", PREC[ast.USub]
            return self.negate(self._wrap(e.operand, ATOM)), PREC[ast.Not]
        if isinstance(e, ast.BoolOp):
            p = PREC[type(e.op)]
            word = self.and_ if isinstance(e.op, ast.And) else self.or_
            return f" {word} ".join(self._wrap(v, p, i > 0) for i, v in enumerate(e.values)), p
        if isinstance(e, ast.Compare):
            p = PREC[ast.Compare]
            left, right = self._wrap(e.left, p), self._wrap(e.comparators[0], p, True)
            return f"{left} {self.cmps[type(e.ops[0])]} {right}", p
        if isinstance(e, ast.Call):
            name = e.func.id
            args = [self.expr(a) for a in e.args]
            if name in ("min", "max"):
                return self.minmax(name, *args), ATOM
            if name == "abs":
                return self.abs_(args[0]), ATOM
            if name == "new_array":
                return self.new_array(args[0]), ATOM
            callee = self.program.function(name)
            typed = [self.arg(a, t) for a, (_, t) in zip(e.args, callee.params, strict=True)]
            return self.call(name, typed), ATOM
        raise ValueError(f"cannot print {ast.unparse(e)}")

    def negate(self, operand: str) -> str:
        return f"{self.not_}{operand}"

    # statements ----------------------------------------------------------------------------
    def block(self, stmts: list[ast.stmt], declared: set[str]) -> list[str]:
        lines: list[str] = []
        declared = set(declared)
        for s in stmts:
            lines += self.stmt(s, declared)
        return lines

    def nest(self, lines: list[str]) -> list[str]:
        return [self.indent + line for line in lines]

    def stmt(self, s: ast.stmt, declared: set[str]) -> list[str]:
        t = self.terminator
        if isinstance(s, ast.Assign):
            target = s.targets[0]
            value = self.expr(s.value)
            if isinstance(target, ast.Name) and target.id not in declared:
                declared.add(target.id)
                return self.declare(target.id, value, s.value)
            return [f"{self.expr(target)} = {value}{t}"]
        if isinstance(s, ast.AugAssign):
            return self.augassign(s)
        if isinstance(s, ast.If):
            return self.if_(s, declared)
        if isinstance(s, ast.While):
            return self.while_(self.expr(s.test), self.block(s.body, declared))
        if isinstance(s, ast.For):
            args = s.iter.args
            lo, hi = (ast.Constant(0), args[0]) if len(args) == 1 else args
            body = self.loop_body(s, declared)
            return self.for_(s.target.id, lo, hi, body)
        call = s.value
        name = call.func.id
        if name == "print":
            return [self.print_(self.expr(call.args[0]))]
        if name == "free":
            return self.free(self.var(call.args[0].id))
        return [self.call_stmt(name, call)]

    def loop_body(self, s: ast.For, declared: set[str]) -> list[str]:
        outer, self.bound = self.bound, self.bound | {s.target.id}
        body = self.block(s.body, declared | {s.target.id})
        self.bound = outer
        return body

    def call_stmt(self, name: str, call: ast.Call) -> str:
        return self.expr(call) + self.terminator

    def augassign(self, s: ast.AugAssign) -> list[str]:
        if type(s.op) in (ast.Add, ast.Sub, ast.Mult) or self.ops[type(s.op)].startswith(
            ("%", "/", "&", "|", "^")
        ):
            op = self.ops[type(s.op)]
            if op in ("+", "-", "*", "/", "%", "&", "|", "^"):
                return [f"{self.expr(s.target)} {op}= {self.expr(s.value)}{self.terminator}"]
        value = self.expr(ast.BinOp(s.target, s.op, s.value))
        return [f"{self.expr(s.target)} = {value}{self.terminator}"]

    def free(self, arr: str) -> list[str]:
        return []

    def if_(self, s: ast.If, declared: set[str]) -> list[str]:
        lines = [self.if_head(self.expr(s.test))] + self.nest(self.block(s.body, declared))
        orelse = s.orelse
        while len(orelse) == 1 and isinstance(orelse[0], ast.If):
            s = orelse[0]
            lines += [self.elif_head(self.expr(s.test))] + self.nest(self.block(s.body, declared))
            orelse = s.orelse
        if orelse:
            lines += [self.else_head()] + self.nest(self.block(orelse, declared))
        return lines + [self.close()]

    def if_head(self, c: str) -> str:
        return f"if ({c}) {{"

    def elif_head(self, c: str) -> str:
        return f"}} else if ({c}) {{"

    def else_head(self) -> str:
        return "} else {"

    def close(self) -> str:
        return "}"

    def while_(self, cond: str, body: list[str]) -> list[str]:
        return [f"while ({cond}) {{", *self.nest(body), "}"]

    # program -------------------------------------------------------------------------------
    def function_lines(self, fn: Function) -> list[str]:
        self.fn = fn
        body = self.block(fn.body, {p for p, _ in fn.params})
        ret = self.expr(fn.return_expr) if fn.return_expr is not None else None
        return self.function(fn, body, ret)

    def render(self) -> str:
        chunks = ["\n".join(self.function_lines(fn)) for fn in self.program.functions]
        return self.wrap(chunks)

    def wrap(self, functions: list[str]) -> str:
        return "\n\n".join(functions) + "\n"
