; C#: methods, constructors, destructors, local functions; abstract/interface members have no body.
(method_declaration name: (identifier) @name body: (_) @body) @definition.function
(constructor_declaration name: (identifier) @name body: (_) @body) @definition.function
(destructor_declaration name: (identifier) @name body: (_) @body) @definition.function
(local_function_statement name: (identifier) @name body: (_) @body) @definition.function
(operator_declaration "operator" @name body: (_) @body) @definition.function
