def square(x)
  x * x
end

class Counter
  def inc(n)
    n + 1
  end

  def self.make
    new
  end
end

add = ->(a, b) { a + b }
puts square(3)
