import std.stdio;
int square(int x) {
    return x * x;
}
struct Point {
    int x;
    int norm() { return x * x; }
}
void main() {
    writeln(square(3));
}
class Box {
    int v;
    this(int v) { this.v = v; }
    ~this() { }
}
