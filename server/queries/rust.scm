; Rust: functions and methods with a body (trait signatures have none), closures bound by let.
(function_item name: (identifier) @name body: (block) @body) @definition.function
(let_declaration
  pattern: (identifier) @name
  value: (closure_expression body: (_) @body)) @definition.function
