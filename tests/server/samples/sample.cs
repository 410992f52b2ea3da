using System;
class Program {
    public Program() { }
    int Square(int x) {
        return x * x;
    }
    int Double(int x) => x * 2;
    static void Main(string[] args) {
        int Local(int y) { return y + 1; }
        Console.WriteLine(Local(2));
    }
}
