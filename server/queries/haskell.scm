; Haskell: one `function` node per equation (merged by name, see languages.json
; "merge_clauses"), and top-level bindings such as `main = do ...`.
; Type signatures are `signature` nodes and are not matched.
(function name: (variable) @name) @definition.function
(declarations (bind name: (variable) @name) @definition.function)
