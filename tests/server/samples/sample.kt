fun square(x: Int): Int {
    return x * x
}

fun twice(x: Int) = x * 2

class Counter {
    fun inc(n: Int): Int {
        return n + 1
    }
}

fun main() {
    val add = fun(a: Int, b: Int): Int { return a + b }
    println(square(3) + add(1, 2))
}
