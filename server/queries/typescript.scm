; TypeScript (same shapes as JavaScript; overload signatures are `function_signature` and not matched): declarations, methods, and function/arrow expressions bound to names.
(function_declaration name: (identifier) @name body: (statement_block) @body) @definition.function
(generator_function_declaration name: (identifier) @name body: (statement_block) @body) @definition.function
(method_definition name: (_) @name body: (statement_block) @body) @definition.function

(lexical_declaration
  (variable_declarator
    name: (identifier) @name
    value: [(arrow_function body: (_) @body)
            (function_expression body: (_) @body)
            (generator_function body: (_) @body)])) @definition.function

(variable_declaration
  (variable_declarator
    name: (identifier) @name
    value: [(arrow_function body: (_) @body)
            (function_expression body: (_) @body)
            (generator_function body: (_) @body)])) @definition.function

(pair
  key: (_) @name
  value: [(arrow_function body: (_) @body)
          (function_expression body: (_) @body)]) @definition.function

(public_field_definition
  name: (_) @name
  value: [(arrow_function body: (_) @body)
          (function_expression body: (_) @body)]) @definition.function

(expression_statement
  (assignment_expression
    left: (_) @name
    right: [(arrow_function body: (_) @body)
            (function_expression body: (_) @body)])) @definition.function
