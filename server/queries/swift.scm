; Swift: functions, initializers, deinitializers, closures bound to properties.
; Protocol requirements are `protocol_function_declaration` and have no body.
(function_declaration name: (simple_identifier) @name body: (function_body) @body) @definition.function
(init_declaration "init" @name body: (function_body) @body) @definition.function
(deinit_declaration "deinit" @name body: (function_body) @body) @definition.function
(property_declaration
  name: (pattern bound_identifier: (simple_identifier) @name)
  value: (lambda_literal) @body) @definition.function
