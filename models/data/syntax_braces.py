"""Printers for brace languages: C, C++, Java, C#, D, Go, Rust, JavaScript, TypeScript,
Kotlin, Scala, PHP, Perl."""

from __future__ import annotations

import ast
import re

from perfhint.models.data.reserved import LIBRARY, RESERVED
from perfhint.models.data.syntax import INT32_MAX, OPS, Lang, literal_only, paren
from perfhint.models.data.translate import Function


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
    reserved = RESERVED["c"]
    builtins = LIBRARY["c"]  # a `static` function may not redeclare one

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
    reserved = RESERVED["cpp"]

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
    reserved = RESERVED["java"]

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

    def stmt(self, s, declared):
        if isinstance(s, ast.For) and s.target.id in declared:  # no shadowing a local
            lines = super().stmt(s, declared)
            lines[0] = lines[0].replace(f"for ({self.counter_type} ", "for (", 1)
            return lines
        return super().stmt(s, declared)

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
    reserved = RESERVED["csharp"]
    builtins = LIBRARY["csharp"]

    def fname(self, name):
        out = "".join(p.title() for p in name.split("_"))
        return out + "_" if out in self.builtins else out

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

    def function_lines(self, fn):
        # a C# local is in scope in its whole block, even before its declaration: a name a
        # nested block (or `for`) declared first is declared once, up front, and reused
        shared = [n for n in fn.locals if n in fn.redeclared]
        if not shared:
            return super().function_lines(fn)
        self.fn = fn
        declared = {p for p, _ in fn.params} | set(shared)
        up_front = [f"{self.type_of(fn.types[n])} {self.var(n)} = "
                    f"{'0' if fn.types[n] == 'int' else 'null'};" for n in shared]  # fmt: skip
        body = up_front + self.block(fn.body, declared)
        ret = self.expr(fn.return_expr) if fn.return_expr is not None else None
        return self.function(fn, body, ret)

    def wrap(self, functions):
        body = "\n\n".join(functions).splitlines()
        nested = "\n".join(self.nest(body)).replace("    \n", "\n")
        return "using System;\n\nclass Program\n{\n" + nested + "\n}\n"


class D(Java):
    reserved = RESERVED["d"]

    def index(self, arr, idx):
        return f"{arr}[{idx}]"

    def minmax(self, name, a, b):
        return f"{name}({a}, {b})"

    def abs_(self, a):
        return f"abs({a})"

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
    reserved = RESERVED["go"]

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
    reserved = RESERVED["rust"]

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
        return [f"fn {self.fname(fn.name)}({params}){rt} {{", *self.nest(body + tail), "}"]


class JavaScript(Braces):
    style = "camel"
    reserved = RESERVED["javascript"]

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
    reserved = RESERVED["kotlin"]

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
    reserved = RESERVED["scala"]

    def escape(self, name):
        return f"`{name}`"  # `final_: Long` would lex as the identifier `final_:`

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
    reserved = RESERVED["php"]
    builtins = LIBRARY["php"]  # keywords and functions, compared as PHP does: ignoring case

    def var(self, name):
        return "$" + self.ident(name)

    def fname(self, name):
        out = self.ident(name)
        return out + "_" if out.lower() in self.builtins else out

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
    reserved = RESERVED["perl"]
    # a user sub named like a builtin is silently called as the builtin; the list operators
    # read best as `reverse_list`, any other builtin gets the usual suffix
    list_builtins = frozenset({"reverse", "sort", "join", "split", "push", "pop", "shift", "length",
                               "index", "keys", "values", "delete", "exists", "abs", "int", "fill"})  # fmt: skip
    builtins = LIBRARY["perl"]

    def var(self, name):
        return "$" + self.ident(name)

    def fname(self, name):
        if name in self.list_builtins:
            return name + "_list"
        return name + "_" if name in self.builtins else name

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
        return f"[(0) x ({n})]" if " " in n else f"[(0) x {n}]"  # `x` binds like `*`

    def free(self, arr):
        return [f"undef {arr};"]

    def print_(self, x):
        if x.startswith("("):  # `print (x), "\\n"` is `(print (x)), "\\n"`: no newline
            return f'print({x}, "\\n");'
        return f'print {x}, "\\n";'

    def call(self, name, args):
        return f"{self.fname(name)}({', '.join(args)})"

    def function(self, fn, body, ret):
        unpack = [f"my ({', '.join(self.var(p) for p, _ in fn.params)}) = @_;"] if fn.params else []
        tail = [f"return {ret};"] if ret is not None else []
        return [f"sub {self.fname(fn.name)} {{", *self.nest(unpack + body + tail), "}"]

    def wrap(self, functions):
        recursive = any(
            isinstance(n, ast.Call) and getattr(n.func, "id", "") == fn.name
            for fn in self.program.functions
            for n in ast.walk(fn.node)
        )
        quiet = "no warnings 'recursion';\n" if recursive else ""  # deep recursion is intended
        head = f"use strict;\nuse warnings;\n{quiet}use integer;\n\n"
        return head + "\n\n".join(functions) + "\n\nmain();\n"
