; C: function definitions (declarations without a body are not matched).
(function_definition
  declarator: (function_declarator declarator: (_) @name)
  body: (compound_statement) @body) @definition.function

(function_definition
  declarator: (pointer_declarator
    declarator: (function_declarator declarator: (_) @name))
  body: (compound_statement) @body) @definition.function

(function_definition
  declarator: (pointer_declarator
    declarator: (pointer_declarator
      declarator: (function_declarator declarator: (_) @name)))
  body: (compound_statement) @body) @definition.function
