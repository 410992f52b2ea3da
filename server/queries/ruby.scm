; Ruby: methods (endless too), singleton methods, lambdas bound to variables.
(method name: (_) @name) @definition.function
(singleton_method name: (_) @name) @definition.function
(assignment left: (identifier) @name right: (lambda body: (_) @body)) @definition.function
