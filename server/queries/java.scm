; Java: methods with a body, constructors, lambdas bound to local variables or fields.
(method_declaration name: (identifier) @name body: (block) @body) @definition.function
(constructor_declaration name: (identifier) @name body: (constructor_body) @body) @definition.function
(compact_constructor_declaration name: (identifier) @name body: (block) @body) @definition.function

(local_variable_declaration
  declarator: (variable_declarator
    name: (identifier) @name
    value: (lambda_expression body: (_) @body))) @definition.function

(field_declaration
  declarator: (variable_declarator
    name: (identifier) @name
    value: (lambda_expression body: (_) @body))) @definition.function
