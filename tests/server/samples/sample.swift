func square(_ x: Int) -> Int {
    return x * x
}

class Counter {
    init() {
    }

    func inc(_ n: Int) -> Int {
        return n + 1
    }
}

let add = { (a: Int, b: Int) -> Int in
    return a + b
}
print(square(3))
