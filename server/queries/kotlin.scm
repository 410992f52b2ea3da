; Kotlin: functions with a body (`{}` or `= expr`), secondary constructors,
; anonymous functions and lambdas bound to properties.
(function_declaration (simple_identifier) @name (function_body) @body) @definition.function
(secondary_constructor "constructor" @name (statements) @body) @definition.function

(property_declaration
  (variable_declaration (simple_identifier) @name)
  [(anonymous_function (function_body) @body)
   (lambda_literal) @body]) @definition.function
