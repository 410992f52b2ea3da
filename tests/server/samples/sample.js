function square(x) {
  return x * x;
}
const add = (a, b) => {
  return a + b;
};
const mul = function (a, b) {
  return a * b;
};
class Counter {
  inc(n) {
    return n + 1;
  }
}
console.log(square(3), add(1, 2), mul(2, 3));
