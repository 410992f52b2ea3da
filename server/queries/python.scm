; Python: functions and methods (async, nested), lambdas bound to names,
; `@triton.jit` kernels and `nn.Module` subclasses (neural architectures).
(function_definition name: (identifier) @name body: (block) @body) @definition.function

(decorated_definition
  (decorator [(attribute) (call function: (attribute))] @decorator)
  definition: (function_definition name: (identifier) @name body: (block) @body) @definition.triton
  (#match? @decorator "^triton\\.(jit|autotune|heuristics)"))

(class_definition
  name: (identifier) @name
  superclasses: (argument_list [(attribute) (identifier)] @base)
  body: (block) @body
  (#match? @base "^((torch\\.)?nn\\.)?Module$")) @definition.architecture

(assignment
  left: (identifier) @name
  right: (lambda body: (_) @body)) @definition.function
