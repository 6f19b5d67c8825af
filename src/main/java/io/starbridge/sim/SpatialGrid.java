package io.starbridge.sim;

import java.util.Arrays;

/**
 * A uniform grid over the plane for range queries (sensors, weapons, blasts), rebuilt once a tick.
 * Items are small ints (indexes into a list) inserted with their position; a query visits every
 * cell the query disc touches, so callers must not depend on visiting order (collect, then sort or
 * pick by a total order). Cell size in metres.
 *
 * <p>Layout, for speed with thousands of items: inserts append to flat arrays; the first query
 * after them sorts the items by cell (a counting sort, stable) into contiguous runs with their
 * coordinates beside them, and finds a cell's run through a primitive open-addressing table —
 * no boxing, no allocation once the arrays have grown.
 */
public final class SpatialGrid implements java.io.Serializable {
    private final double cellSize;

    // inserted items, in insertion order
    private int count;
    private int[] items = new int[64];
    private double[] xs = new double[64], ys = new double[64];
    private long[] keys = new long[64];

    // built index: items sorted by cell; cell c's run is [cellStart[c], cellStart[c + 1])
    private boolean built;
    private int cellCount;
    private int[] sortedItems = new int[64];
    private double[] sortedX = new double[64], sortedY = new double[64];
    private int[] cellStart = new int[65];
    private int[] cellOfItem = new int[64];
    /** Open-addressing table: cell key → cell number (-1 = empty slot); capacity a power of two, at most half full. */
    private long[] tableKeys = new long[128];
    private int[] tableCells = new int[128];

    public SpatialGrid(double cellSize) {
        if (!(cellSize > 0)) throw new IllegalArgumentException("cell size must be positive");
        this.cellSize = cellSize;
    }

    public void clear() {
        count = 0;
        built = false;
    }

    private static long key(long cx, long cy) { return (cx << 32) ^ (cy & 0xFFFFFFFFL); }

    private long cell(double v) { return floorToLong(v / cellSize); }

    /**
     * {@code (long) StrictMath.floor(q)}, bit for bit, without StrictMath.floor's bit fiddling (many
     * bytecodes, run before the JIT compiles them) for the quotients a query produces: below 2⁵⁰ in
     * magnitude a cast truncates towards zero, one less is the floor of a negative fraction, and -0.0
     * and NaN cast to 0 as their floors do.
     */
    private static long floorToLong(double q) {
        if (q > -0x1p50 && q < 0x1p50) {
            long t = (long) q;
            return q < t ? t - 1 : t;
        }
        return (long) StrictMath.floor(q);
    }

    public void insert(int item, double x, double y) {
        if (count == items.length) {
            int n = count * 2;
            items = Arrays.copyOf(items, n);
            xs = Arrays.copyOf(xs, n);
            ys = Arrays.copyOf(ys, n);
            keys = Arrays.copyOf(keys, n);
        }
        items[count] = item;
        xs[count] = x;
        ys[count] = y;
        keys[count] = key(cell(x), cell(y));
        count++;
        built = false;
    }

    /** Calls the visitor for every item in cells touched by the disc; the caller checks exact distance. */
    public void query(double x, double y, double radius, ItemVisitor visitor) {
        forEachRun(VISIT_ALL, x, y, radius, 0, visitor, null, null);
    }

    /**
     * Calls the visitor for every item whose inserted position lies within the disc, i.e.
     * {@code (px - x)² + (py - y)² <= radius²} evaluated exactly so, in this order.
     */
    public void queryWithin(double x, double y, double radius, ItemVisitor visitor) {
        forEachRun(VISIT_WITHIN, x, y, radius, radius * radius, visitor, null, null);
    }

    /**
     * Sets bit {@code item} of {@code bits} for every item whose inserted position lies within the
     * disc, by the same test as {@link #queryWithin}; items must be below {@code 64 × bits.length}.
     * The tight loop for queries that return hundreds of items.
     */
    public void markWithin(double x, double y, double radius, long[] bits) {
        forEachRun(MARK_WITHIN, x, y, radius, radius * radius, null, null, bits);
    }

    private void markWithin(int from, int to, double x, double y, double r2, long[] bits) {
        double[] sx = sortedX, sy = sortedY;
        int[] it = sortedItems;
        for (int i = from; i < to; i++) {
            double dx = sx[i] - x, dy = sy[i] - y;
            int item = it[i];
            // branch-free: about a third of the candidates in a big query fall outside the disc
            long bit = dx * dx + dy * dy <= r2 ? 1L << item : 0L;
            bits[item >>> 6] |= bit;
        }
    }

    /**
     * Like {@link #queryWithin} but hands the visitor each item's inserted position too, so a search
     * can reject by distance before touching the item's object.
     */
    public void queryPointsWithin(double x, double y, double radius, PointVisitor visitor) {
        forEachRun(VISIT_POINTS_WITHIN, x, y, radius, radius * radius, null, visitor, null);
    }

    private void visitPointsWithin(int from, int to, double x, double y, double r2, PointVisitor visitor) {
        double[] sx = sortedX, sy = sortedY;
        for (int i = from; i < to; i++) {
            double dx = sx[i] - x, dy = sy[i] - y;
            if (dx * dx + dy * dy <= r2) visitor.visit(sortedItems[i], sx[i], sy[i]);
        }
    }

    private void visitWithin(int from, int to, double x, double y, double r2, ItemVisitor visitor) {
        double[] sx = sortedX, sy = sortedY;
        for (int i = from; i < to; i++) {
            double dx = sx[i] - x, dy = sy[i] - y;
            if (dx * dx + dy * dy <= r2) visitor.visit(sortedItems[i]);
        }
    }

    /** What a query does with each run of items: see {@link #visitRun}. */
    private static final int VISIT_ALL = 0, VISIT_WITHIN = 1, MARK_WITHIN = 2, VISIT_POINTS_WITHIN = 3;

    /**
     * Hands over the run of every occupied cell the disc touches — or, for a disc wider than the
     * occupied cells, the whole item range at once — to {@link #visitRun}. Every query walks cells
     * this one way. The query's parameters travel as arguments rather than in a capturing lambda:
     * no allocation per query, and no lambda linked the first time a query kind runs mid-mission.
     *
     * @param r2 the radius squared (unused by {@code VISIT_ALL})
     */
    private void forEachRun(int mode, double x, double y, double radius, double r2,
                            ItemVisitor items, PointVisitor points, long[] bits) {
        if (!built) build();
        if (cellCount == 0) return;
        long x0 = cell(x - radius), x1 = cell(x + radius), y0 = cell(y - radius), y1 = cell(y + radius);
        if (coversMoreCellsThanOccupied(x0, x1, y0, y1)) {
            visitRun(mode, 0, count, x, y, r2, items, points, bits);
            return;
        }
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                int c = find(key(cx, cy));
                if (c >= 0) visitRun(mode, cellStart[c], cellStart[c + 1], x, y, r2, items, points, bits);
            }
        }
    }

    /** One run of sorted items, {@code [from, to)}, for the query kind {@code mode}. */
    private void visitRun(int mode, int from, int to, double x, double y, double r2,
                          ItemVisitor items, PointVisitor points, long[] bits) {
        switch (mode) {
            case VISIT_ALL -> { for (int i = from; i < to; i++) items.visit(sortedItems[i]); }
            case VISIT_WITHIN -> visitWithin(from, to, x, y, r2, items);
            case MARK_WITHIN -> markWithin(from, to, x, y, r2, bits);
            default -> visitPointsWithin(from, to, x, y, r2, points);
        }
    }

    private boolean coversMoreCellsThanOccupied(long x0, long x1, long y0, long y1) {
        long w = x1 - x0 + 1, h = y1 - y0 + 1;
        // the width and height checks first keep the product from overflowing
        return w > cellCount || h > cellCount || w * h > cellCount;
    }

    /** Sorts the inserted items into per-cell runs (stable: insertion order within a cell). */
    private void build() {
        built = true;
        resetTable(count);
        cellCount = 0;
        if (cellOfItem.length < count) cellOfItem = new int[items.length];
        if (cellStart.length < count + 2) cellStart = new int[items.length + 2];
        Arrays.fill(cellStart, 0, count + 2, 0);
        for (int i = 0; i < count; i++) {
            int c = findOrAdd(keys[i]);
            cellOfItem[i] = c;
            cellStart[c + 1]++;
        }
        for (int c = 0; c < cellCount; c++) cellStart[c + 1] += cellStart[c];
        if (sortedItems.length < count) {
            sortedItems = new int[items.length];
            sortedX = new double[items.length];
            sortedY = new double[items.length];
        }
        // cellStart[c] is used as the fill cursor, then shifted back
        for (int i = 0; i < count; i++) {
            int at = cellStart[cellOfItem[i]]++;
            sortedItems[at] = items[i];
            sortedX[at] = xs[i];
            sortedY[at] = ys[i];
        }
        for (int c = cellCount; c > 0; c--) cellStart[c] = cellStart[c - 1];
        cellStart[0] = 0;
    }

    private void resetTable(int maxCells) {
        int capacity = tableKeys.length;
        while (capacity < maxCells * 2) capacity *= 2;
        if (capacity != tableKeys.length) {
            tableKeys = new long[capacity];
            tableCells = new int[capacity];
        }
        Arrays.fill(tableCells, -1);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private int findOrAdd(long key) {
        int mask = tableKeys.length - 1;
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            if (tableCells[s] < 0) {
                tableKeys[s] = key;
                tableCells[s] = cellCount;
                return cellCount++;
            }
            if (tableKeys[s] == key) return tableCells[s];
        }
    }

    private int find(long key) {
        int mask = tableKeys.length - 1;
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            int c = tableCells[s];
            if (c < 0 || tableKeys[s] == key) return c;
        }
    }

    @FunctionalInterface
    public interface ItemVisitor { void visit(int item); }

    /** Receives an item with the position it was inserted at, metres. */
    @FunctionalInterface
    public interface PointVisitor { void visit(int item, double x, double y); }
}
