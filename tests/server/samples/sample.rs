trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn square(x: i64) -> i64 {
    x * x
}

fn main() {
    let add = |a: i64, b: i64| a + b;
    println!("{} {}", square(3), add(1, 2));
}
