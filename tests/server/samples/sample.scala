object Main {
  def square(x: Int): Int = {
    x * x
  }

  def twice(x: Int): Int = x * 2

  val add = (a: Int, b: Int) => a + b

  def main(args: Array[String]): Unit = {
    println(square(3) + twice(2))
  }
}
