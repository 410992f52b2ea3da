package main

import "fmt"

type Point struct{ X int }

func (p Point) Norm() int {
	return p.X * p.X
}

func square(x int) int {
	return x * x
}

func main() {
	add := func(a, b int) int { return a + b }
	fmt.Println(square(3), add(1, 2))
}
