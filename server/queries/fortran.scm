; Fortran: functions, subroutines and the main program; the signature is the opening statement.
(function (function_statement name: (name) @name) @signature) @definition.function
(subroutine (subroutine_statement name: (name) @name) @signature) @definition.function
(program (program_statement (name) @name) @signature) @definition.function
