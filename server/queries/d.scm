; D: functions with a block body (a body of just `;` is a declaration).
(function_declaration
  (identifier) @name
  (function_body (block_statement) @body)) @definition.function

(constructor
  (this) @name
  (function_body (block_statement) @body)) @definition.function

(destructor
  (function_body (block_statement) @body)) @definition.function
