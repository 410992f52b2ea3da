; Scala: defs with a body (abstract ones are `function_declaration`), lambdas bound to vals.
(function_definition name: (identifier) @name body: (_) @body) @definition.function
(val_definition pattern: (identifier) @name value: (lambda_expression) @body) @definition.function
