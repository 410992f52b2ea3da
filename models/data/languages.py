"""Printers from an analysed task spec (translate.Program) to source code in each language.

Each language is a small class: the syntax of declarations, loops, arrays, calls and the
program wrapper. Shared machinery (precedence, blocks, naming) lives in `Lang`; C-family
languages share `Braces`. `render(program, language)` is the entry point.
"""

from __future__ import annotations

import ast
import re

from perfhint.models.data.translate import Function, Program

# Python precedence, used to decide parentheses (bitwise operators are always parenthesised
# inside other operators: their precedence differs between languages).
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
    reserved: frozenset[str] = frozenset()
    terminator = ";"
    indent = "    "

    def __init__(self, program: Program):
        self.program = program
        self.fn: Function | None = None

    # names ---------------------------------------------------------------------------------
    def ident(self, name: str) -> str:
        out = camel(name) if self.style == "camel" else name
        return out + "_" if out in self.reserved else out

    def fname(self, name: str) -> str:
        return self.ident(name)

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
            body = self.block(s.body, declared | {s.target.id})
            return self.for_(s.target.id, lo, hi, body)
        call = s.value
        name = call.func.id
        if name == "print":
            return [self.print_(self.expr(call.args[0]))]
        if name == "free":
            return self.free(self.var(call.args[0].id))
        return [self.call_stmt(name, call)]

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


class Braces(Lang):
    """C-family statement syntax: `for (...) { }`, `type name = value;`."""

    int_type = "long long"
    counter_type = "long long"

    def type_of(self, typ: str) -> str:
        return self.int_type if typ == "int" else self.arr_type

    def declare(self, name: str, value: str, node: ast.expr) -> list[str]:
        typ = self.fn.types[name]
        return [f"{self.type_of(typ)} {self.var(name)} = {value};"]

    def for_(self, var: str, lo: ast.expr, hi: ast.expr, body: list[str]) -> list[str]:
        v = self.var(var)
        head = f"for ({self.counter_type} {v} = {self.expr(lo)}; {v} < {self.expr(hi)}; {v}++) {{"
        return [head, *self.nest(body), "}"]

    def params(self, fn: Function) -> str:
        return ", ".join(f"{self.param_type(t)} {self.var(p)}" for p, t in fn.params)

    def param_type(self, typ: str) -> str:
        return self.type_of(typ)

    def ret_type(self, fn: Function) -> str:
        return self.int_type if fn.returns == "int" else "void"

    def function(self, fn: Function, body: list[str], ret: str | None) -> list[str]:
        head = f"{self.ret_type(fn)} {self.fname(fn.name)}({self.params(fn)}) {{"
        tail = [f"return {ret};"] if ret is not None else []
        return [head, *self.nest(body + tail), "}"]


class C(Braces):
    arr_type = "long long *"
    reserved = frozenset({"int", "long", "char", "double", "float", "auto", "register", "free"})

    def declare(self, name, value, node):
        typ = self.fn.types[name]
        if typ == "arr":
            return [f"long long *{self.var(name)} = {value};"]
        return [f"long long {self.var(name)} = {value};"]

    def params(self, fn):
        return (
            ", ".join(
                f"long long *{self.var(p)}" if t == "arr" else f"long long {self.var(p)}"
                for p, t in fn.params
            )
            or "void"
        )

    def function(self, fn, body, ret):
        lines = super().function(fn, body, ret)
        if fn.name == "main":
            lines[0] = "int main(void) {"
            lines[-1:] = [self.indent + "return 0;", "}"]
        else:
            lines[0] = "static " + lines[0]
        return lines

    def lit(self, value):
        return f"{value}LL" if value > INT32_MAX else str(value)

    def minmax(self, name, a, b):
        a, b = paren(a), paren(b)  # `?:` and `<` bind looser than arithmetic, tighter than `^`
        return f"({a} {'<' if name == 'min' else '>'} {b} ? {a} : {b})"

    def abs_(self, a):
        return f"llabs({a})"

    def new_array(self, n):
        return f"calloc({n}, sizeof(long long))"

    def free(self, arr):
        return [f"free({arr});"]

    def print_(self, x):
        return f'printf("%lld\\n", {x});'

    def wrap(self, functions):
        return "#include <stdio.h>\n#include <stdlib.h>\n\n" + super().wrap(functions)


class Cpp(C):
    arr_type = "std::vector<long long>"

    def declare(self, name, value, node):
        if self.fn.types[name] == "arr":
            n = self.expr(node.args[0])
            return [f"std::vector<long long> {self.var(name)}({n});"]
        return [f"long long {self.var(name)} = {value};"]

    def params(self, fn):
        return ", ".join(
            f"std::vector<long long>& {self.var(p)}" if t == "arr" else f"long long {self.var(p)}"
            for p, t in fn.params
        )

    def minmax(self, name, a, b):
        return f"std::{name}<long long>({a}, {b})"

    def abs_(self, a):
        return f"std::llabs({a})"

    def new_array(self, n):
        return f"std::vector<long long>({n})"

    def free(self, arr):
        return [f"{arr}.clear();", f"{arr}.shrink_to_fit();"]

    def print_(self, x):
        return f"std::cout << {x} << '\\n';"

    def function(self, fn, body, ret):
        lines = Braces.function(self, fn, body, ret)
        if fn.name == "main":
            lines[0] = "int main() {"
            lines[-1:] = [self.indent + "return 0;", "}"]
        return lines

    def wrap(self, functions):
        head = (
            "#include <algorithm>\n#include <cstdlib>\n#include <iostream>\n#include <vector>\n\n"
        )
        return head + Lang.wrap(self, functions)


class Java(Braces):
    int_type = counter_type = "long"
    arr_type = "long[]"
    style = "camel"
    reserved = frozenset({"int", "long", "char", "new", "class", "final", "static", "default"})

    def lit(self, value):
        return f"{value}L" if value > INT32_MAX else str(value)

    def index(self, arr, idx):
        return f"{arr}[(int) ({idx})]" if not re.fullmatch(r"\w+", idx) else f"{arr}[(int) {idx}]"

    def minmax(self, name, a, b):
        return f"Math.{name}({a}, {b})"

    def abs_(self, a):
        return f"Math.abs({a})"

    def new_array(self, n):
        return f"new long[(int) ({n})]" if not re.fullmatch(r"\w+", n) else f"new long[(int) {n}]"

    def print_(self, x):
        return f"System.out.println({x});"

    def function(self, fn, body, ret):
        lines = super().function(fn, body, ret)
        if fn.name == "main":
            lines[0] = "public static void main(String[] args) {"
        else:
            lines[0] = "static " + lines[0]
        return lines

    def wrap(self, functions):
        body = "\n\n".join(functions).splitlines()
        return (
            "public class Main {\n" + "\n".join(self.nest(body)).replace("    \n", "\n") + "\n}\n"
        )


class CSharp(Java):
    style = "camel"
    reserved = frozenset({"int", "long", "char", "new", "class", "checked", "base", "out", "in"})

    def fname(self, name):
        return "".join(p.title() for p in name.split("_"))

    def lit(self, value):
        return f"{value}L" if value > INT32_MAX else str(value)

    def index(self, arr, idx):
        return f"{arr}[{idx}]"

    def minmax(self, name, a, b):
        return f"Math.{name.title()}({a}, {b})"

    def abs_(self, a):
        return f"Math.Abs({a})"

    def new_array(self, n):
        return f"new long[{n}]"

    def print_(self, x):
        return f"Console.WriteLine({x});"

    def function(self, fn, body, ret):
        lines = Braces.function(self, fn, body, ret)
        lines[0] = "static " + lines[0]
        return lines

    def wrap(self, functions):
        body = "\n\n".join(functions).splitlines()
        nested = "\n".join(self.nest(body)).replace("    \n", "\n")
        return "using System;\n\nclass Program\n{\n" + nested + "\n}\n"


class D(Java):
    reserved = frozenset({"int", "long", "char", "new", "class", "out", "in", "ref", "body"})

    def index(self, arr, idx):
        return f"{arr}[{idx}]"

    def minmax(self, name, a, b):
        return f"{name}({a}, {b})"

    def new_array(self, n):
        return f"new long[{n}]"

    def declare(self, name, value, node):
        return [f"{'auto' if self.fn.types[name] == 'arr' else 'long'} {self.var(name)} = {value};"]

    def free(self, arr):
        return [f"{arr} = null;"]

    def print_(self, x):
        return f"writeln({x});"

    def function(self, fn, body, ret):
        return Braces.function(self, fn, body, ret)

    def wrap(self, functions):
        head = "import std.stdio : writeln;\nimport std.algorithm : min, max;\nimport std.math : abs;\n\n"
        return head + Lang.wrap(self, functions)


class Go(Braces):
    style = "camel"
    reserved = frozenset({"func", "type", "var", "range", "len", "map", "go", "select", "new"})

    def declare(self, name, value, node):
        if literal_only(node):  # a bare literal would be an `int`, not an int64
            return [f"var {self.var(name)} int64 = {value}"]
        return [f"{self.var(name)} := {value}"]

    def stmt(self, s, declared):
        return [line.removesuffix(";") for line in super().stmt(s, declared)]

    def for_(self, var, lo, hi, body):
        v = self.var(var)
        start = self.expr(lo)
        if isinstance(lo, ast.Constant):
            start = f"int64({start})"
        return [f"for {v} := {start}; {v} < {self.expr(hi)}; {v}++ {{", *self.nest(body), "}"]

    def if_head(self, c):
        return f"if {c} {{"

    def elif_head(self, c):
        return f"}} else if {c} {{"

    def while_(self, cond, body):
        return [f"for {cond} {{", *self.nest(body), "}"]

    def minmax(self, name, a, b):
        return f"{name}64({a}, {b})"

    def abs_(self, a):
        return f"abs64({a})"

    def new_array(self, n):
        return f"make([]int64, {n})"

    def print_(self, x):
        return f"fmt.Println({x})"

    def function(self, fn, body, ret):
        params = ", ".join(
            f"{self.var(p)} {'[]int64' if t == 'arr' else 'int64'}" for p, t in fn.params
        )
        rt = " int64" if fn.returns == "int" else ""
        tail = [f"return {ret}"] if ret is not None else []
        return [f"func {self.fname(fn.name)}({params}){rt} {{", *self.nest(body + tail), "}"]

    def wrap(self, functions):
        text = "\n\n".join(functions)
        helpers = []
        for name, op in (("min", "<"), ("max", ">")):
            if f"{name}64(" in text:
                helpers.append(
                    f"func {name}64(a, b int64) int64 {{\n\tif a {op} b {{\n\t\treturn a\n\t}}\n\treturn b\n}}"
                )
        if "abs64(" in text:
            helpers.append(
                "func abs64(a int64) int64 {\n\tif a < 0 {\n\t\treturn -a\n\t}\n\treturn a\n}"
            )
        text = text.replace("    ", "\t")
        return 'package main\n\nimport "fmt"\n\n' + "\n\n".join(helpers + [text]) + "\n"


class Rust(Braces):
    reserved = frozenset({"fn", "let", "mut", "ref", "type", "move", "loop", "match", "box", "in"})

    def declare(self, name, value, node):
        mut = "mut " if self.fn.mutable(name) or self.fn.types[name] == "arr" else ""
        typ = ": i64" if literal_only(node) else ""  # a bare literal would default to i32
        return [f"let {mut}{self.var(name)}{typ} = {value};"]

    def lit(self, value):
        return str(value)

    def index(self, arr, idx):
        return f"{arr}[{idx} as usize]" if re.fullmatch(r"\w+", idx) else f"{arr}[({idx}) as usize]"

    def arg(self, e, param_type):
        if param_type == "arr":
            is_param = e.id in dict(self.fn.params)
            return self.var(e.id) if is_param else f"&mut {self.var(e.id)}"
        return self.expr(e)

    def for_(self, var, lo, hi, body):
        return [
            f"for {self.var(var)} in {self.expr(lo)}..{self.expr(hi)} {{",
            *self.nest(body),
            "}",
        ]

    def if_head(self, c):
        return f"if {c} {{"

    def elif_head(self, c):
        return f"}} else if {c} {{"

    def while_(self, cond, body):
        return [f"while {cond} {{", *self.nest(body), "}"]

    def minmax(self, name, a, b):
        return f"std::cmp::{name}({a}, {b})"

    def abs_(self, a):
        return f"({a}).abs()"

    def new_array(self, n):
        return (
            f"vec![0i64; {n} as usize]"
            if re.fullmatch(r"\w+", n)
            else f"vec![0i64; ({n}) as usize]"
        )

    def free(self, arr):
        return [f"drop({arr});"]

    def print_(self, x):
        return f'println!("{{}}", {x});'

    def function(self, fn, body, ret):
        params = ", ".join(
            f"{self.var(p)}: {'&mut [i64]' if t == 'arr' else 'i64'}" for p, t in fn.params
        )
        rt = " -> i64" if fn.returns == "int" else ""
        tail = [ret] if ret is not None else []
        return [f"fn {fn.name}({params}){rt} {{", *self.nest(body + tail), "}"]


class JavaScript(Braces):
    style = "camel"
    reserved = frozenset({"new", "var", "let", "const", "function", "in", "delete", "this"})

    def declare(self, name, value, node):
        kw = "let" if self.fn.mutable(name) else "const"
        return [f"{kw} {self.var(name)} = {value};"]

    def for_(self, var, lo, hi, body):
        v = self.var(var)
        return [
            f"for (let {v} = {self.expr(lo)}; {v} < {self.expr(hi)}; {v}++) {{",
            *self.nest(body),
            "}",
        ]

    def binop(self, op, left, right):
        if op is ast.FloorDiv:
            return f"Math.floor({left} / {right})"
        return super().binop(op, left, right)

    def augassign(self, s):
        if isinstance(s.op, ast.FloorDiv):
            value = self.expr(ast.BinOp(s.target, s.op, s.value))
            return [f"{self.expr(s.target)} = {value};"]
        return super().augassign(s)

    def minmax(self, name, a, b):
        return f"Math.{name}({a}, {b})"

    def abs_(self, a):
        return f"Math.abs({a})"

    def new_array(self, n):
        return f"new Array({n}).fill(0)"

    def print_(self, x):
        return f"console.log({x});"

    def params(self, fn):
        return ", ".join(self.var(p) for p, _ in fn.params)

    def function(self, fn, body, ret):
        tail = [f"return {ret};"] if ret is not None else []
        return [
            f"function {self.fname(fn.name)}({self.params(fn)}) {{",
            *self.nest(body + tail),
            "}",
        ]

    def wrap(self, functions):
        return "\n\n".join(functions) + "\n\nmain();\n"


class TypeScript(JavaScript):
    def params(self, fn):
        return ", ".join(
            f"{self.var(p)}: {'number[]' if t == 'arr' else 'number'}" for p, t in fn.params
        )

    def new_array(self, n):
        return f"new Array<number>({n}).fill(0)"

    def function(self, fn, body, ret):
        lines = super().function(fn, body, ret)
        rt = "number" if fn.returns == "int" else "void"
        lines[0] = lines[0].replace(") {", f"): {rt} {{", 1)
        return lines


class Kotlin(Braces):
    style = "camel"
    reserved = frozenset({"fun", "val", "var", "in", "is", "object", "when", "typealias", "as"})

    def lit(self, value):
        return f"{value}L"

    def binop(self, op, left, right):
        words = {
            ast.BitAnd: "and",
            ast.BitOr: "or",
            ast.BitXor: "xor",
            ast.LShift: "shl",
            ast.RShift: "shr",
        }
        if op in words:
            if op in (ast.LShift, ast.RShift):
                right = right.removesuffix("L")
            return f"{left} {words[op]} {right}"
        return super().binop(op, left, right)

    def augassign(self, s):
        if type(s.op) in (ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Mod):
            return [f"{self.expr(s.target)} {OPS[type(s.op)]}= {self.expr(s.value)}"]
        return [f"{self.expr(s.target)} = {self.expr(ast.BinOp(s.target, s.op, s.value))}"]

    def stmt(self, s, declared):
        return [line.removesuffix(";") for line in super().stmt(s, declared)]

    def declare(self, name, value, node):
        kw = "var" if self.fn.mutable(name) else "val"
        return [f"{kw} {self.var(name)} = {value}"]

    def index(self, arr, idx):
        return f"{arr}[{idx}.toInt()]" if re.fullmatch(r"\w+", idx) else f"{arr}[({idx}).toInt()]"

    def for_(self, var, lo, hi, body):
        return [
            f"for ({self.var(var)} in {self.expr(lo)} until {self.expr(hi)}) {{",
            *self.nest(body),
            "}",
        ]

    def minmax(self, name, a, b):
        return f"{name}Of({a}, {b})"

    def abs_(self, a):
        return f"Math.abs({a})"

    def new_array(self, n):
        return f"LongArray({n}.toInt())" if re.fullmatch(r"\w+", n) else f"LongArray(({n}).toInt())"

    def print_(self, x):
        return f"println({x})"

    def function(self, fn, body, ret):
        params = ", ".join(
            f"{self.var(p)}: {'LongArray' if t == 'arr' else 'Long'}" for p, t in fn.params
        )
        rt = ": Long" if fn.returns == "int" else ""
        tail = [f"return {ret}"] if ret is not None else []
        return [f"fun {self.fname(fn.name)}({params}){rt} {{", *self.nest(body + tail), "}"]


class Scala(Kotlin):
    reserved = frozenset({"def", "val", "var", "type", "object", "match", "yield", "lazy", "with"})

    def lit(self, value):
        return f"{value}L" if value > INT32_MAX else str(value)

    def binop(self, op, left, right):
        return Braces.binop(self, op, left, right)

    def augassign(self, s):
        return [line.removesuffix(";") for line in Braces.augassign(self, s)]

    def declare(self, name, value, node):
        kw = "var" if self.fn.mutable(name) else "val"
        typ = ": Long" if self.fn.types[name] == "int" else ""
        return [f"{kw} {self.var(name)}{typ} = {value}"]

    def index(self, arr, idx):
        return f"{arr}({idx}.toInt)" if re.fullmatch(r"\w+", idx) else f"{arr}(({idx}).toInt)"

    def stmt(self, s, declared):
        if isinstance(s, ast.For):  # a while loop whose counter lives in the enclosing block
            known = s.target.id in declared
            declared.add(s.target.id)
            lines = super().stmt(s, declared)
            if known:
                lines[0] = lines[0].replace("var ", "", 1).replace(": Long", "", 1)
            return lines
        return super().stmt(s, declared)

    def for_(self, var, lo, hi, body):
        v = self.var(var)
        return [f"var {v}: Long = {self.expr(lo)}", f"while ({v} < {self.expr(hi)}) {{",
                *self.nest(body + [f"{v} += 1"]), "}"]  # fmt: skip

    def minmax(self, name, a, b):
        return f"math.{name}({a}, {b})"

    def abs_(self, a):
        return f"math.abs({a})"

    def new_array(self, n):
        return (
            f"new Array[Long]({n}.toInt)"
            if re.fullmatch(r"\w+", n)
            else f"new Array[Long](({n}).toInt)"
        )

    def function(self, fn, body, ret):
        params = ", ".join(
            f"{self.var(p)}: {'Array[Long]' if t == 'arr' else 'Long'}" for p, t in fn.params
        )
        if fn.name == "main":
            params = "args: Array[String]"
        rt = "Long" if fn.returns == "int" else "Unit"
        tail = [ret] if ret is not None else []
        return [f"def {self.fname(fn.name)}({params}): {rt} = {{", *self.nest(body + tail), "}"]

    def wrap(self, functions):
        body = "\n\n".join(functions).splitlines()
        return "object Main {\n" + "\n".join(self.nest(body)).replace("    \n", "\n") + "\n}\n"


class Php(Braces):
    style = "camel"

    def var(self, name):
        return "$" + self.ident(name)

    def fname(self, name):
        return self.ident(name)

    def declare(self, name, value, node):
        return [f"{self.var(name)} = {value};"]

    def for_(self, var, lo, hi, body):
        v = self.var(var)
        return [
            f"for ({v} = {self.expr(lo)}; {v} < {self.expr(hi)}; {v}++) {{",
            *self.nest(body),
            "}",
        ]

    def binop(self, op, left, right):
        if op is ast.FloorDiv:
            return f"intdiv({left}, {right})"
        return super().binop(op, left, right)

    def augassign(self, s):
        if isinstance(s.op, ast.FloorDiv):
            return [f"{self.expr(s.target)} = {self.expr(ast.BinOp(s.target, s.op, s.value))};"]
        return super().augassign(s)

    def new_array(self, n):
        return f"array_fill(0, {n}, 0)"

    def free(self, arr):
        return [f"unset({arr});"]

    def print_(self, x):
        return f'echo {x}, "\\n";'

    def function(self, fn, body, ret):
        params = ", ".join(
            f"array &{self.var(p)}" if t == "arr" else f"int {self.var(p)}" for p, t in fn.params
        )
        rt = "int" if fn.returns == "int" else "void"
        tail = [f"return {ret};"] if ret is not None else []
        return [
            f"function {self.fname(fn.name)}({params}): {rt}",
            "{",
            *self.nest(body + tail),
            "}",
        ]

    def wrap(self, functions):
        return "<?php\n\n" + "\n\n".join(functions) + "\n\nmain();\n"


class Perl(Braces):
    reserved = frozenset({"a", "b", "sub", "my", "our", "print", "sort", "if", "x", "y", "q"})

    def var(self, name):
        return "$" + self.ident(name)

    def index(self, arr, idx):
        return f"{arr}->[{idx}]"

    def declare(self, name, value, node):
        return [f"my {self.var(name)} = {value};"]

    def for_(self, var, lo, hi, body):
        return [
            f"for my {self.var(var)} ({self.expr(lo)} .. {self.expr(hi)} - 1) {{",
            *self.nest(body),
            "}",
        ]

    def elif_head(self, c):
        return f"}} elsif ({c}) {{"

    def minmax(self, name, a, b):
        a, b = paren(a), paren(b)  # `?:` and `<` bind looser than arithmetic, tighter than `^`
        return f"({a} {'<' if name == 'min' else '>'} {b} ? {a} : {b})"

    def new_array(self, n):
        return f"[(0) x {n}]"

    def free(self, arr):
        return [f"undef {arr};"]

    def print_(self, x):
        return f'print {x}, "\\n";'

    def call(self, name, args):
        return f"{self.fname(name)}({', '.join(args)})"

    def function(self, fn, body, ret):
        unpack = [f"my ({', '.join(self.var(p) for p, _ in fn.params)}) = @_;"] if fn.params else []
        tail = [f"return {ret};"] if ret is not None else []
        return [f"sub {fn.name} {{", *self.nest(unpack + body + tail), "}"]

    def wrap(self, functions):
        return (
            "use strict;\nuse warnings;\nuse integer;\n\n"
            + "\n\n".join(functions)
            + "\n\nmain();\n"
        )


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
    reserved = frozenset({"end", "def", "do", "in", "next", "begin", "then", "class", "module"})

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
        head = f"def {fn.name}({params})" if params else f"def {fn.name}"
        return [head, *self.nest(body + ([ret] if ret is not None else [])), "end"]

    def wrap(self, functions):
        return "\n\n".join(functions) + "\n\nmain\n"


class Lua(Ruby):
    and_, or_, not_ = "and", "or", "not "
    cmps = {**CMPS, ast.NotEq: "~="}
    ops = {**OPS, ast.FloorDiv: "//", ast.BitXor: "~"}
    reserved = frozenset({"end", "local", "function", "then", "do", "repeat", "until", "nil", "in"})

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
        return [f"local function {fn.name}({params})", *self.nest(body + tail), "end"]

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
    reserved = frozenset({"val", "end", "done", "to", "in", "type", "method", "match", "fun",
                          "then", "begin", "object", "open", "or", "mod", "land", "lor", "ref"})  # fmt: skip

    def is_ref(self, name):
        return (
            self.fn.types.get(name) == "int"
            and self.fn.mutable(name)
            and name not in self.fn.loop_vars
        )

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
        return f"{name} {' '.join(args) or '()'}"

    def _expr(self, e):
        text, prec = super()._expr(e)
        if isinstance(e, ast.Call) and e.func.id not in ("new_array",):
            return text, 10  # application: parenthesise as an operand
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
        return [f"let {rec}{fn.name} {params} =", *self.nest(body + tail)]

    def wrap(self, functions):
        return "\n\n".join(functions) + "\n\nlet () = main ()\n"


class Fortran(Lang):
    """Free-form Fortran 2008: one program, every function `contains`-ed, 0-based arrays."""

    and_, or_, not_ = ".and.", ".or.", ".not. "
    cmps = {**CMPS, ast.NotEq: "/="}
    terminator = ""
    indent = "  "
    reserved = frozenset({"res", "main", "real", "end", "do", "if", "program", "data", "size",
                          "sum", "count", "len", "index", "result", "stop", "go", "call"})  # fmt: skip

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
        name = "run_main" if fn.name == "main" else fn.name
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
        return f"{'run_main' if name == 'main' else name}({', '.join(args)})"

    def wrap(self, functions):
        body = "\n\n".join(functions).splitlines()
        nested = "\n".join(self.nest(body)).replace("  \n", "\n")
        return f"program main\n  implicit none\n  call run_main()\ncontains\n\n{nested}\n\nend program main\n"


RENDERERS: dict[str, type[Lang]] = {
    "python": Python, "c": C, "cpp": Cpp, "java": Java, "javascript": JavaScript,
    "typescript": TypeScript, "rust": Rust, "go": Go, "perl": Perl, "php": Php, "ruby": Ruby,
    "lua": Lua, "csharp": CSharp, "d": D, "kotlin": Kotlin, "scala": Scala, "ocaml": OCaml,
    "fortran": Fortran,
}  # fmt: skip


def render(program: Program, language: str) -> str:
    """Source code of `program` in `language` (a key of RENDERERS)."""
    return RENDERERS[language](program).render()
