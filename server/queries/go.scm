; Go: functions, methods, and function literals bound with := or var.
(function_declaration name: (identifier) @name body: (block) @body) @definition.function
(method_declaration name: (field_identifier) @name body: (block) @body) @definition.function

(short_var_declaration
  left: (expression_list . (identifier) @name)
  right: (expression_list . (func_literal body: (block) @body))) @definition.function
