; OCaml: let-bindings with parameters or a `fun`/`function` body (`let x = 42` is a value,
; not a function), and object methods.
(let_binding
  pattern: (value_name) @name
  (parameter)
  body: (_) @body) @definition.function

(let_binding
  pattern: (value_name) @name
  body: [(fun_expression) (function_expression)] @body) @definition.function

(method_definition (method_name) @name body: (_) @body) @definition.function
