import java.util.function.Function;

public class Main {
    public Main() {
    }

    static int square(int x) {
        return x * x;
    }

    interface Shape {
        double area();
    }

    public static void main(String[] args) {
        Function<Integer, Integer> twice = v -> v * 2;
        System.out.println(square(3) + twice.apply(2));
    }
}
