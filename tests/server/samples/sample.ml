let square x = x * x

let answer = 42

let rec fact n =
  if n = 0 then 1 else n * fact (n - 1)

let add = fun a b -> a + b

let () =
  Printf.printf "%d %d\n" (square 3) (fact 5)
