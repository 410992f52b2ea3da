; Lua: local/global/field/method function declarations, function expressions bound to names.
(function_declaration name: (_) @name body: (block) @body) @definition.function

(variable_declaration
  (assignment_statement
    (variable_list . name: (_) @name)
    (expression_list . value: (function_definition body: (block) @body)))) @definition.function

(chunk
  (assignment_statement
    (variable_list . name: (_) @name)
    (expression_list . value: (function_definition body: (block) @body))) @definition.function)
