"""Printers for Python, Ruby, Lua, OCaml and Fortran."""

from __future__ import annotations

import ast
import re

from perfhint.models.data.reserved import RESERVED
from perfhint.models.data.syntax import CMPS, INT32_MAX, OPS, Lang


class Python(Lang):
    """Python is the spec language itself: print the (substituted) spec back idiomatically."""

    def render(self):
        lines = []
        for fn in self.program.functions:
            node = _PythonIdioms().visit(ast.parse(ast.unparse(fn.node)))
            lines.append(ast.unparse(node))
        return "\n\n\n".join(lines) + '\n\n\nif __name__ == "__main__":\n    main()\n'


class _PythonIdioms(ast.NodeTransformer):
    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "new_array":
            return ast.BinOp(ast.List([ast.Constant(0)]), ast.Mult(), node.args[0])
        return node

    def visit_Expr(self, node):
        c = node.value
        if isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == "free":
            return ast.Delete([ast.Name(c.args[0].id, ast.Del())])
        return node


class Ruby(Lang):
    terminator = ""
    indent = "  "
    and_, or_, not_ = "&&", "||", "!"
    reserved = RESERVED["ruby"]

    def declare(self, name, value, node):
        return [f"{self.var(name)} = {value}"]

    def if_head(self, c):
        return f"if {c}"

    def elif_head(self, c):
        return f"elsif {c}"

    def else_head(self):
        return "else"

    def close(self):
        return "end"

    def while_(self, cond, body):
        return [f"while {cond}", *self.nest(body), "end"]

    def for_(self, var, lo, hi, body):
        return [
            f"({self.expr(lo)}...{self.expr(hi)}).each do |{self.var(var)}|",
            *self.nest(body),
            "end",
        ]

    def minmax(self, name, a, b):
        return f"[{a}, {b}].{name}"

    def abs_(self, a):
        return f"({a}).abs"

    def new_array(self, n):
        return f"Array.new({n}, 0)"

    def free(self, arr):
        return [f"{arr} = nil"]

    def print_(self, x):
        return f"puts {x}"

    def function(self, fn, body, ret):
        params = ", ".join(self.var(p) for p, _ in fn.params)
        name = self.fname(fn.name)
        head = f"def {name}({params})" if params else f"def {name}"
        return [head, *self.nest(body + ([ret] if ret is not None else [])), "end"]

    def wrap(self, functions):
        return "\n\n".join(functions) + "\n\nmain\n"


class Lua(Ruby):
    and_, or_, not_ = "and", "or", "not "
    cmps = {**CMPS, ast.NotEq: "~="}
    ops = {**OPS, ast.FloorDiv: "//", ast.BitXor: "~"}
    reserved = RESERVED["lua"]

    def declare(self, name, value, node):
        return [f"local {self.var(name)} = {value}"]

    def augassign(self, s):
        return [f"{self.expr(s.target)} = {self.expr(ast.BinOp(s.target, s.op, s.value))}"]

    def if_head(self, c):
        return f"if {c} then"

    def elif_head(self, c):
        return f"elseif {c} then"

    def while_(self, cond, body):
        return [f"while {cond} do", *self.nest(body), "end"]

    def for_(self, var, lo, hi, body):
        return [
            f"for {self.var(var)} = {self.expr(lo)}, {self.expr(hi)} - 1 do",
            *self.nest(body),
            "end",
        ]

    def minmax(self, name, a, b):
        return f"math.{name}({a}, {b})"

    def abs_(self, a):
        return f"math.abs({a})"

    def new_array(self, n):
        return f"new_array({n})"

    def print_(self, x):
        return f"print({x})"

    def function(self, fn, body, ret):
        params = ", ".join(self.var(p) for p, _ in fn.params)
        tail = [f"return {ret}"] if ret is not None else []
        return [f"local function {self.fname(fn.name)}({params})", *self.nest(body + tail), "end"]

    def wrap(self, functions):
        text = "\n\n".join(functions)
        if "new_array(" in text:
            helper = (
                "local function new_array(n)\n  local t = {}\n  for i = 0, n - 1 do\n"
                "    t[i] = 0\n  end\n  return t\nend"
            )
            text = helper + "\n\n" + text
        return text + "\n\nmain()\n"


class OCaml(Lang):
    """Imperative OCaml: refs for reassigned names, arrays, `let ... in` for declarations."""

    and_, or_, not_ = "&&", "||", "not "
    cmps = {**CMPS, ast.Eq: "=", ast.NotEq: "<>"}
    ops = {**OPS, ast.Mod: "mod", ast.BitAnd: "land", ast.BitOr: "lor", ast.BitXor: "lxor",
           ast.LShift: "lsl", ast.RShift: "lsr"}  # fmt: skip
    indent = "  "
    terminator = ";"
    reserved = RESERVED["ocaml"]

    def is_ref(self, name):  # a reassigned int, unless a `for` counter hides it here
        return self.fn.needs_cell(name) and name not in self.bound

    def var(self, name):
        return f"!{self.ident(name)}" if self.is_ref(name) else self.ident(name)

    def negate(self, operand):
        return f"not {operand}"

    def index(self, arr, idx):
        return f"{arr}.({idx})"

    def call(self, name, args):
        args = [
            a if re.fullmatch(r"[\w!.()]+", a) and not a.startswith("-") else f"({a})" for a in args
        ]
        return f"{self.fname(name)} {' '.join(args) or '()'}"

    def _expr(self, e):
        text, prec = super()._expr(e)
        if isinstance(e, ast.Call) and e.func.id not in ("new_array",):
            return text, 10  # application: parenthesise as an operand
        if isinstance(e, ast.UnaryOp) and text.startswith("-!"):  # `-!` lexes as one operator
            return f"-({text[1:]})", prec
        return text, prec

    def minmax(self, name, a, b):
        return f"{name} {self._arg(a)} {self._arg(b)}"

    def _arg(self, a):
        return a if re.fullmatch(r"[\w!.()]+", a) else f"({a})"

    def abs_(self, a):
        return f"abs {self._arg(a)}"

    def new_array(self, n):
        return f"Array.make {self._arg(n)} 0"

    def declare(self, name, value, node):
        if self.is_ref(name):
            return [f"let {self.ident(name)} = ref ({value}) in"]
        return [f"let {self.ident(name)} = {value} in"]

    def stmt(self, s, declared):
        if (
            isinstance(s, ast.Assign)
            and isinstance(s.targets[0], ast.Name)
            and s.targets[0].id in declared
        ):
            return [f"{self.ident(s.targets[0].id)} := {self.expr(s.value)};"]
        if isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Subscript):
            t = s.targets[0]
            return [
                f"{self.index(self.var(t.value.id), self.expr(t.slice))} <- {self.expr(s.value)};"
            ]
        return super().stmt(s, declared)

    def augassign(self, s):
        value = self.expr(ast.BinOp(s.target, s.op, s.value))
        if isinstance(s.target, ast.Name):
            return [f"{self.ident(s.target.id)} := {value};"]
        t = s.target
        return [f"{self.index(self.var(t.value.id), self.expr(t.slice))} <- {value};"]

    def block(self, stmts, declared):
        lines = super().block(stmts, declared)
        return lines or ["()"]

    def if_(self, s, declared):
        lines = [f"if {self.expr(s.test)} then begin", *self.nest(self.block(s.body, declared))]
        if s.orelse:
            lines += ["end else begin", *self.nest(self.block(s.orelse, declared))]
        return lines + ["end;"]

    def while_(self, cond, body):
        return [f"while {cond} do", *self.nest(body), "done;"]

    def for_(self, var, lo, hi, body):
        return [
            f"for {self.ident(var)} = {self.expr(lo)} to {self.expr(hi)} - 1 do",
            *self.nest(body),
            "done;",
        ]

    def print_(self, x):
        return f'Printf.printf "%d\\n" {self._arg(x)};'

    def call_stmt(self, name, call):
        return self.expr(call) + ";"

    def function(self, fn, body, ret):
        params = " ".join(self.ident(p) for p, _ in fn.params) or "()"
        rec = "rec " if any(isinstance(n, ast.Call) and getattr(n.func, "id", "") == fn.name
                            for n in ast.walk(fn.node)) else ""  # fmt: skip
        tail = [ret] if ret is not None else ["()"]
        if body and body[-1].endswith(";") and tail == ["()"]:
            body[-1] = body[-1][:-1]
            tail = []
        if body == ["()"] and ret is not None:  # the whole body is the result
            body = []
        return [f"let {rec}{self.fname(fn.name)} {params} =", *self.nest(body + tail)]

    def wrap(self, functions):
        return "\n\n".join(functions) + "\n\nlet () = main ()\n"


class Fortran(Lang):
    """Free-form Fortran 2008: one program, every function `contains`-ed, 0-based arrays."""

    and_, or_, not_ = ".and.", ".or.", ".not. "
    cmps = {**CMPS, ast.NotEq: "/="}
    terminator = ""
    indent = "  "
    reserved = RESERVED["fortran"]
    line_limit = 132  # characters in a free-form line; longer ones continue with `&`

    def fname(self, name):
        return "run_main" if name == "main" else super().fname(name)

    def lit(self, value):
        return f"{value}_8" if value > INT32_MAX else str(value)

    def binop(self, op, left, right):
        funcs = {ast.Mod: "mod", ast.BitAnd: "iand", ast.BitOr: "ior", ast.BitXor: "ieor"}
        if op in funcs:
            return f"{funcs[op]}({self._kind8(left)}, {self._kind8(right)})"
        if op is ast.LShift:
            return f"ishft({left}, {right})"
        if op is ast.RShift:
            return f"ishft({left}, -{right})"
        return super().binop(op, left, right)

    def _kind8(self, text):
        return f"{text}_8" if text.isdigit() else text

    def index(self, arr, idx):
        return f"{arr}({idx})"

    def negate(self, operand):
        return f".not. {operand}"

    def minmax(self, name, a, b):
        return f"{name}({self._kind8(a)}, {self._kind8(b)})"

    def abs_(self, a):
        return f"abs({a})"

    def new_array(self, n):
        return ""  # allocate(...) is a statement: see declare

    def declare(self, name, value, node):
        if self.fn.types[name] == "arr":
            n = self.expr(node.args[0])
            return [f"allocate({self.var(name)}(0:{n} - 1))", f"{self.var(name)} = 0"]
        return [f"{self.var(name)} = {value}"]

    def augassign(self, s):
        return [f"{self.expr(s.target)} = {self.expr(ast.BinOp(s.target, s.op, s.value))}"]

    def if_head(self, c):
        return f"if ({c}) then"

    def elif_head(self, c):
        return f"else if ({c}) then"

    def else_head(self):
        return "else"

    def close(self):
        return "end if"

    def while_(self, cond, body):
        return [f"do while ({cond})", *self.nest(body), "end do"]

    def for_(self, var, lo, hi, body):
        return [
            f"do {self.var(var)} = {self.expr(lo)}, {self.expr(hi)} - 1",
            *self.nest(body),
            "end do",
        ]

    def free(self, arr):
        return [f"deallocate({arr})"]

    def print_(self, x):
        return f"print '(I0)', {x}"

    def call_stmt(self, name, call):
        return "call " + self.expr(call)

    def function(self, fn, body, ret):
        params = ", ".join(self.var(p) for p, _ in fn.params)
        decls = []
        for p, t in fn.params:
            decls.append(f"integer(8), intent(inout) :: {self.var(p)}(0:)" if t == "arr"
                         else f"integer(8), value :: {self.var(p)}")  # fmt: skip
        scalars = [self.var(n) for n in fn.locals if fn.types[n] == "int"]
        arrays = [self.var(n) for n in fn.locals if fn.types[n] == "arr"]
        name = self.fname(fn.name)
        if fn.returns == "int":
            head, end = f"recursive function {name}({params}) result(res)", f"end function {name}"
            decls.append("integer(8) :: res")
            body = body + [f"res = {ret}"]
        else:
            head, end = f"recursive subroutine {name}({params})", f"end subroutine {name}"
        if scalars:
            decls.append(f"integer(8) :: {', '.join(scalars)}")
        if arrays:
            decls.append(f"integer(8), allocatable :: {', '.join(a + '(:)' for a in arrays)}")
        return [head, *self.nest(decls + body), end]

    def call(self, name, args):
        args = [self._kind8(a) for a in args]  # literals are default-kind integers
        return f"{self.fname(name)}({', '.join(args)})"

    def fold(self, line: str) -> list[str]:
        """`line` within the line limit: broken after a comma (else a space), `&`-continued."""
        lines = []
        lead = " " * (len(line) - len(line.lstrip())) + self.indent * 2
        while len(line) > self.line_limit:
            room = line[: self.line_limit - 1]  # leave space for the `&`
            cut = room.rfind(", ") + 1 or room.rfind(" ")
            lines.append(line[:cut].rstrip() + " &")
            line = lead + line[cut:].lstrip()
        return lines + [line]

    def wrap(self, functions):
        body = self.nest("\n\n".join(functions).splitlines())
        nested = "\n".join(part for line in body for part in self.fold(line)).replace("  \n", "\n")
        return f"program main\n  implicit none\n  call run_main()\ncontains\n\n{nested}\n\nend program main\n"
