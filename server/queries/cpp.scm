; C++: free functions, methods (in and out of class), templates, lambdas bound to names.
(function_definition
  declarator: (function_declarator declarator: (_) @name)
  body: (compound_statement) @body) @definition.function

(function_definition
  declarator: (pointer_declarator
    declarator: (function_declarator declarator: (_) @name))
  body: (compound_statement) @body) @definition.function

(function_definition
  declarator: (reference_declarator
    (function_declarator declarator: (_) @name))
  body: (compound_statement) @body) @definition.function

(declaration
  declarator: (init_declarator
    declarator: (identifier) @name
    value: (lambda_expression body: (compound_statement) @body))) @definition.function
