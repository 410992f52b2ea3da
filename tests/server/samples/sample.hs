module Main where

fact :: Int -> Int
fact 0 = 1
fact n = n * fact (n - 1)

square :: Int -> Int
square x = x * x

main :: IO ()
main = do
  print (fact 5)
  print (square 3)
