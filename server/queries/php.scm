; PHP: functions, methods with a body, closures and arrow functions assigned to variables.
(function_definition name: (name) @name body: (compound_statement) @body) @definition.function
(method_declaration name: (name) @name body: (compound_statement) @body) @definition.function

(expression_statement
  (assignment_expression
    left: (variable_name) @name
    right: [(anonymous_function body: (_) @body)
            (arrow_function body: (_) @body)])) @definition.function
