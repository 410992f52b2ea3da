import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

public class Graph {
    /** Breadth-first distances from node 0 in a ring with chords. */
    static int[] bfs(List<List<Integer>> adj) {
        int[] dist = new int[adj.size()];
        java.util.Arrays.fill(dist, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        dist[0] = 0;
        queue.add(0);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int v : adj.get(u)) {
                if (dist[v] < 0) {
                    dist[v] = dist[u] + 1;
                    queue.add(v);
                }
            }
        }
        return dist;
    }

    static List<List<Integer>> ring(int n) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            adj.get(i).add((i + 1) % n);
            adj.get(i).add((i * 7 + 3) % n);
        }
        return adj;
    }

    public static void main(String[] args) {
        int[] d = bfs(ring(1_000_000));
        System.out.println(d[d.length - 1]);
    }
}
