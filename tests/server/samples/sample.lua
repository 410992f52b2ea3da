local M = {}

local function square(x)
  return x * x
end

function M.add(a, b)
  return a + b
end

function M:inc(n)
  return n + 1
end

local mul = function(a, b)
  return a * b
end

print(square(3))
