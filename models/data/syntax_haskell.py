"""Haskell printer: the imperative spec in the IO monad (IORef scalars, IOUArray arrays).

Expressions that read mutable state are flattened into binds before the statement that
uses them (`total' <- readIORef total`, `t3 <- readArray values j`); `and`/`or` whose right
side reads state keep their short-circuit through an `if`, so bounds-checked reads never
run when the left side already decided.
"""

from __future__ import annotations

import ast

from perfhint.models.data.reserved import LIBRARY, RESERVED
from perfhint.models.data.syntax import Lang, literal_only
from perfhint.models.data.translate import Function

HASKELL_OPS = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.FloorDiv: "`div`", ast.Mod: "`mod`",
    ast.BitAnd: ".&.", ast.BitOr: ".|.", ast.BitXor: "`xor`", ast.LShift: "`shiftL`",
    ast.RShift: "`shiftR`",
}  # fmt: skip
HASKELL_CMPS = {
    ast.Eq: "==",
    ast.NotEq: "/=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
}
HEADER = """import Control.Monad
import Data.Array.IO
import Data.Bits
import Data.IORef

whileM_ :: IO Bool -> IO () -> IO ()
whileM_ cond body = do
  c <- cond
  when c (body >> whileM_ cond body)
"""


class Haskell(Lang):
    indent = "  "
    style = "camel"
    reserved = RESERVED["haskell"]
    builtins = LIBRARY["haskell"]  # imported names: a clash is an ambiguous occurrence

    def __init__(self, program):
        super().__init__(program)
        self.temp = 0

    def fname(self, name):
        out = self.ident(name)
        return out + "'" if out in self.builtins else out

    def is_ref(self, name):  # a reassigned int, unless a `forM_` counter hides it here
        return self.fn.needs_cell(name) and name not in self.bound

    def fresh(self) -> str:
        self.temp += 1
        return f"t{self.temp}"

    # expressions: (binds, text) ---------------------------------------------------------
    def hx(self, e: ast.expr) -> tuple[list[str], str]:
        if isinstance(e, ast.Constant):
            return [], str(e.value) if e.value >= 0 else f"({e.value})"
        if isinstance(e, ast.Name):
            if self.is_ref(e.id):
                v = self.ident(e.id) + "'"
                return [f"{v} <- readIORef {self.ident(e.id)}"], v
            return [], self.ident(e.id)
        if isinstance(e, ast.Subscript):
            binds, idx = self.hx(e.slice)
            t = self.fresh()
            return binds + [f"{t} <- readArray {self.ident(e.value.id)} {self.atom(idx)}"], t
        if isinstance(e, ast.BinOp):
            lb, lt = self.hx(e.left)
            rb, rt = self.hx(e.right)
            return lb + rb, f"{self.atom(lt)} {HASKELL_OPS[type(e.op)]} {self.atom(rt)}"
        if isinstance(e, ast.UnaryOp):
            b, t = self.hx(e.operand)
            return b, (
                f"negate {self.atom(t)}" if isinstance(e.op, ast.USub) else f"not {self.atom(t)}"
            )
        if isinstance(e, ast.Compare):
            lb, lt = self.hx(e.left)
            rb, rt = self.hx(e.comparators[0])
            return lb + rb, f"{self.atom(lt)} {HASKELL_CMPS[type(e.ops[0])]} {self.atom(rt)}"
        if isinstance(e, ast.BoolOp):
            is_and = isinstance(e.op, ast.And)
            binds, text = self.hx(e.values[0])
            for v in e.values[1:]:
                rb, rt = self.hx(v)
                if not rb:
                    text = f"{self.atom(text)} {'&&' if is_and else '||'} {self.atom(rt)}"
                    continue
                t = self.fresh()
                inner = "; ".join(rb + [f"return ({rt})"])
                if is_and:
                    binds.append(f"{t} <- if {text} then (do {{ {inner} }}) else return False")
                else:
                    binds.append(f"{t} <- if {text} then return True else (do {{ {inner} }})")
                text = t
            return binds, text
        if isinstance(e, ast.Call):
            name = e.func.id
            binds, args = [], []
            for a in e.args:
                b, t = self.hx(a)
                binds += b
                args.append(self.atom(t))
            if name in ("min", "max", "abs"):
                return binds, f"{name} {' '.join(args)}"
            t = self.fresh()
            return binds + [f"{t} <- {self.fname(name)} {' '.join(args)}"], t
        raise ValueError(f"cannot print {ast.unparse(e)}")

    @staticmethod
    def atom(text: str) -> str:
        simple = text.replace("'", "").replace("_", "").isalnum() or (
            text.startswith("(") and text.endswith(")") and text.count("(") == 1
        )
        return text if simple else f"({text})"

    def cond(self, e: ast.expr) -> tuple[list[str], str]:
        return self.hx(e)

    # statements ---------------------------------------------------------------------------
    def block(self, stmts, declared):
        lines = super().block(stmts, declared)
        return lines or ["return ()"]

    def stmt(self, s, declared):
        if isinstance(s, ast.Assign):
            target = s.targets[0]
            if isinstance(target, ast.Subscript):
                ib, it = self.hx(target.slice)
                vb, vt = self.hx(s.value)
                return (
                    ib
                    + vb
                    + [f"writeArray {self.ident(target.value.id)} {self.atom(it)} {self.atom(vt)}"]
                )
            name = self.ident(target.id)
            if isinstance(s.value, ast.Call) and s.value.func.id == "new_array":
                b, n = self.hx(s.value.args[0])
                declared.add(target.id)
                return b + [f"{name} <- newArray (0, {n} - 1) 0 :: IO (IOUArray Int Int)"]
            b, v = self.hx(s.value)
            if target.id in declared:
                return b + [f"writeIORef {name} {self.atom(v)}"]
            declared.add(target.id)
            if literal_only(s.value):  # pin the type: Bits/Show alone leave it ambiguous
                v = f"({v} :: Int)"
            if self.is_ref(target.id):
                return b + [f"{name} <- newIORef {self.atom(v)}"]
            return b + [f"let {name} = {v}"]
        if isinstance(s, ast.AugAssign):
            fake = ast.Assign([s.target], ast.BinOp(s.target, s.op, s.value))
            return self.stmt(fake, declared)
        if isinstance(s, ast.If):
            b, c = self.cond(s.test)
            body = self.nest(self.block(s.body, declared))
            if not s.orelse:
                return b + [f"when ({c}) $ do", *body]
            orelse = self.nest(self.block(s.orelse, declared))
            return b + [f"if {c}", "  then do", *self.nest(body), "  else do", *self.nest(orelse)]
        if isinstance(s, ast.While):
            b, c = self.cond(s.test)
            test = f"(do {{ {'; '.join(b + [f'return ({c})'])} }})" if b else f"(return ({c}))"
            return [f"whileM_ {test} $ do", *self.nest(self.block(s.body, declared))]
        if isinstance(s, ast.For):
            args = s.iter.args
            lo, hi = (ast.Constant(0), args[0]) if len(args) == 1 else args
            lb, lt = self.hx(lo)
            hb, ht = self.hx(hi)
            body = self.nest(self.loop_body(s, declared))
            return (
                lb + hb + [f"forM_ [{lt} .. {ht} - 1] $ \\{self.ident(s.target.id)} -> do", *body]
            )
        call = s.value
        name = call.func.id
        if name == "free":
            return []
        if name == "print":
            b, t = self.hx(call.args[0])
            return b + [f"print {self.atom(t)}"]
        binds, args = [], []
        for a in call.args:
            b, t = self.hx(a)
            binds += b
            args.append(self.atom(t))
        return binds + [f"{self.fname(name)} {' '.join(args)}"]

    # program ------------------------------------------------------------------------------
    def function_lines(self, fn: Function) -> list[str]:
        self.fn, self.temp = fn, 0
        body = self.block(fn.body, {p for p, _ in fn.params})
        if fn.return_expr is not None:
            b, t = self.hx(fn.return_expr)
            body = [line for line in body if line != "return ()"] + b + [f"return {self.atom(t)}"]
        types = ["IOUArray Int Int" if t == "arr" else "Int" for _, t in fn.params]
        result = "IO Int" if fn.returns == "int" else "IO ()"
        name = self.fname(fn.name)
        params = "".join(" " + self.ident(p) for p, _ in fn.params)
        return [
            f"{name} :: {' -> '.join(types + [result])}",
            f"{name}{params} = do",
            *self.nest(body),
        ]

    def render(self):
        chunks = ["\n".join(self.function_lines(fn)) for fn in self.program.functions]
        return HEADER + "\n" + "\n\n".join(chunks) + "\n"
