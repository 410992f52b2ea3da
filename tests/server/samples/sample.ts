function square(x: number): number {
  return x * x;
}
function over(x: string): string;
function over(x: any): any {
  return x;
}
const add = (a: number, b: number): number => {
  return a + b;
};
class Counter {
  inc(n: number): number {
    return n + 1;
  }
}
console.log(square(3), add(1, 2));
