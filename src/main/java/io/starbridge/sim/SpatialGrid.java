package io.starbridge.sim;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A uniform grid over the plane for range queries (sensors, weapons, blasts), rebuilt once a tick.
 * Items are small ints (indexes into a list); a query visits every cell the query disc touches,
 * so callers must not depend on visiting order (collect, then sort or pick by a total order).
 * Cell size in metres.
 */
public final class SpatialGrid {
    private final double cellSize;
    private final Map<Long, int[]> cells = new HashMap<>();
    private final Map<Long, Integer> counts = new HashMap<>();

    public SpatialGrid(double cellSize) {
        if (!(cellSize > 0)) throw new IllegalArgumentException("cell size must be positive");
        this.cellSize = cellSize;
    }

    public void clear() {
        counts.clear();
        // bucket arrays are reused while the set of cells ever touched stays small
        if (cells.size() > 4096) cells.clear();
    }

    private static long key(long cx, long cy) { return (cx << 32) ^ (cy & 0xFFFFFFFFL); }

    private long cell(double v) { return (long) StrictMath.floor(v / cellSize); }

    public void insert(int item, double x, double y) {
        long k = key(cell(x), cell(y));
        int n = counts.getOrDefault(k, 0);
        int[] bucket = cells.get(k);
        if (bucket == null) { bucket = new int[8]; cells.put(k, bucket); }
        else if (bucket.length == n) { bucket = Arrays.copyOf(bucket, n * 2); cells.put(k, bucket); }
        bucket[n] = item;
        counts.put(k, n + 1);
    }

    /** Calls the visitor for every item in cells touched by the disc; the caller checks exact distance. */
    public void query(double x, double y, double radius, ItemVisitor visitor) {
        long x0 = cell(x - radius), x1 = cell(x + radius), y0 = cell(y - radius), y1 = cell(y + radius);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > counts.size()) {
            // a disc wider than the occupied cells: visit the occupied ones instead
            for (Map.Entry<Long, Integer> e : counts.entrySet()) {
                int[] bucket = cells.get(e.getKey());
                for (int i = 0; i < e.getValue(); i++) visitor.visit(bucket[i]);
            }
            return;
        }
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                long k = key(cx, cy);
                Integer n = counts.get(k);
                if (n == null || n == 0) continue;
                int[] bucket = cells.get(k);
                for (int i = 0; i < n; i++) visitor.visit(bucket[i]);
            }
        }
    }

    @FunctionalInterface
    public interface ItemVisitor { void visit(int item); }
}
