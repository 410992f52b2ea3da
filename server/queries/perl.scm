; Perl: named subs, methods, and anonymous subs assigned to a variable.
(subroutine_declaration_statement name: (bareword) @name body: (block) @body) @definition.function
(method_declaration_statement name: (bareword) @name body: (block) @body) @definition.function

(expression_statement
  (assignment_expression
    left: [(variable_declaration variable: (_) @name) (scalar) @name]
    right: (anonymous_subroutine_expression body: (block) @body))) @definition.function
