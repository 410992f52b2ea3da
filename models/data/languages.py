"""Printers from an analysed task spec (translate.Program) to source code in each language.

Each language is a small class holding the syntax of declarations, loops, arrays, calls and
the program wrapper: shared machinery in syntax.py, brace languages in syntax_braces.py, the
rest in syntax_other.py and syntax_haskell.py; the names each language will not take are in
reserved.py. `render(program, language)` is the entry point.
"""

from __future__ import annotations

from perfhint.models.data.syntax import Lang
from perfhint.models.data.syntax_braces import (
    C,
    Cpp,
    CSharp,
    D,
    Go,
    Java,
    JavaScript,
    Kotlin,
    Perl,
    Php,
    Rust,
    Scala,
    TypeScript,
)  # fmt: skip
from perfhint.models.data.syntax_haskell import Haskell
from perfhint.models.data.syntax_other import Fortran, Lua, OCaml, Python, Ruby
from perfhint.models.data.translate import Program

RENDERERS: dict[str, type[Lang]] = {
    "python": Python, "c": C, "cpp": Cpp, "java": Java, "javascript": JavaScript,
    "typescript": TypeScript, "rust": Rust, "go": Go, "perl": Perl, "php": Php, "ruby": Ruby,
    "lua": Lua, "csharp": CSharp, "d": D, "kotlin": Kotlin, "scala": Scala, "ocaml": OCaml,
    "fortran": Fortran,
    "haskell": Haskell,
}  # fmt: skip


def render(program: Program, language: str) -> str:
    """Source code of `program` in `language` (a key of RENDERERS)."""
    return RENDERERS[language](program).render()
