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
    /**
     * Whether some item's cell coordinate does not fit in an int: then two cells can share a key, a
     * run may hold items of a far cell, and queries test every item exactly instead of judging cells.
     */
    private boolean wideCells;

    // built index: items sorted by cell; cell c's run is [cellStart[c], cellStart[c + 1])
    private boolean built;
    private int cellCount;
    private int[] sortedItems = new int[64];
    private double[] sortedX = new double[64], sortedY = new double[64];
    private int[] cellStart = new int[65];
    private int[] cellOfItem = new int[64];
    /** Cell coordinates (in cells) of cell number c, for judging a whole cell against a query disc. */
    private int[] cellXs = new int[64], cellYs = new int[64];
    /** Open-addressing table: cell key → cell number (-1 = empty slot); capacity a power of two, at most half full. */
    private long[] tableKeys = new long[128];
    private int[] tableCells = new int[128];
    /**
     * Each cell's items as a bit set over item numbers, for marking a cell that lies wholly inside a
     * {@link #markWithin} disc: cell c's words are {@code cellMaskWords[cellMaskStart[c] ..
     * cellMaskStart[c + 1])}, the first of them being word {@code cellMaskFirstWord[c]} of the set.
     * Built at the first mark query after an index build (transient: a restored grid builds them anew).
     */
    private transient boolean cellMasksBuilt, cellMasksUsable;
    private transient int[] cellMaskStart, cellMaskFirstWord;
    private transient long[] cellMaskWords;
    /** {@link #queryNearestFirst}'s per-cell lower bounds, m² (scratch, null until first needed). */
    private transient double[] nearScratch;

    public SpatialGrid(double cellSize) {
        if (!(cellSize > 0)) throw new IllegalArgumentException("cell size must be positive");
        this.cellSize = cellSize;
    }

    public void clear() {
        count = 0;
        built = false;
        wideCells = false;
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
        long cx = cell(x), cy = cell(y);
        if (cx != (int) cx || cy != (int) cy) wideCells = true;
        keys[count] = key(cx, cy);
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

    /** Marks every item of cell c: for a cell that lies wholly inside the disc. */
    private void markAll(int c, long[] bits) {
        if (!cellMasksBuilt) buildCellMasks();
        if (cellMasksUsable) {
            // the cell's items as a bit set over item numbers: a few words, not a few dozen items
            long[] mask = cellMaskWords;
            for (int k = cellMaskStart[c], end = cellMaskStart[c + 1], w = cellMaskFirstWord[c]; k < end; k++, w++)
                bits[w] |= mask[k];
            return;
        }
        int[] it = sortedItems;
        for (int i = cellStart[c], to = cellStart[c + 1]; i < to; i++) {
            int item = it[i];
            bits[item >>> 6] |= 1L << item;
        }
    }

    /**
     * The most words the cell masks may take, for this many items: a cell's mask spans the words from
     * its lowest item to its highest, so items scattered thinly over a wide id range would make the
     * masks big; then cells are marked item by item instead.
     */
    private static int cellMaskWordLimit(int items) { return 8 * items + 256; }

    /** Builds every cell's mask (see {@link #cellMaskWords}) for the items of this build. */
    private void buildCellMasks() {
        cellMasksBuilt = true;
        cellMasksUsable = false;
        if (cellMaskStart == null || cellMaskStart.length < cellCount + 1) {
            cellMaskStart = new int[cellStart.length];
            cellMaskFirstWord = new int[cellStart.length];
        }
        int total = 0;
        cellMaskStart[0] = 0;
        for (int c = 0; c < cellCount; c++) {
            int lowest = Integer.MAX_VALUE, highest = -1;
            for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
                int item = sortedItems[i];
                if (item < 0) return;  // not a bit number: mark item by item (never for a markWithin caller)
                lowest = StrictMath.min(lowest, item);
                highest = StrictMath.max(highest, item);
            }
            int first = lowest >>> 6, words = (highest >>> 6) - first + 1;
            total += words;
            if (total > cellMaskWordLimit(count)) return;
            cellMaskFirstWord[c] = first;
            cellMaskStart[c + 1] = total;
        }
        if (cellMaskWords == null || cellMaskWords.length < total) cellMaskWords = new long[StrictMath.max(total, 64)];
        Arrays.fill(cellMaskWords, 0, total, 0L);
        for (int c = 0; c < cellCount; c++) {
            int base = cellMaskStart[c] - cellMaskFirstWord[c];
            for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
                int item = sortedItems[i];
                cellMaskWords[base + (item >>> 6)] |= 1L << item;
            }
        }
        cellMasksUsable = true;
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
        // a query with a distance test judges whole cells first (see cellVersusDisc)
        boolean judgeCells = mode != VISIT_ALL && !wideCells;
        if (coversMoreCellsThanOccupied(x0, x1, y0, y1)) {
            if (!judgeCells) {
                visitRun(mode, 0, count, x, y, r2, items, points, bits);
                return;
            }
            // every occupied cell in cell order: the same runs, in the same order, as the whole range
            for (int c = 0; c < cellCount; c++)
                visitJudgedCell(mode, c, x, y, r2, items, points, bits);
            return;
        }
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                int c = find(key(cx, cy));
                if (c < 0) continue;
                if (judgeCells) visitJudgedCell(mode, c, x, y, r2, items, points, bits);
                else visitRun(mode, cellStart[c], cellStart[c + 1], x, y, r2, items, points, bits);
            }
        }
    }

    /** Where a cell lies against a query disc: see {@link #cellVersusDisc}. */
    private static final int CELL_OUTSIDE = 0, CELL_ON_EDGE = 1, CELL_INSIDE = 2;

    /**
     * Cell c for a query with a distance test: skipped if it lies wholly outside the disc (no item in it
     * can pass the test), marked without a test per item if it lies wholly inside and the query marks
     * bits, else visited with the exact per-item test. Judged at the cell's own coordinates (those of its
     * items), not at the coordinates a query walked to: with far coordinates two cells' keys can clash.
     */
    private void visitJudgedCell(int mode, int c, double x, double y, double r2,
                                 ItemVisitor items, PointVisitor points, long[] bits) {
        int where = cellVersusDisc(cellXs[c], cellYs[c], x, y, r2);
        if (where == CELL_OUTSIDE) return;
        if (where == CELL_INSIDE && mode == MARK_WITHIN) markAll(c, bits);
        else visitRun(mode, cellStart[c], cellStart[c + 1], x, y, r2, items, points, bits);
    }

    /**
     * A distance (m) by which cell (cx, cy) is widened on each side when judged against a query from
     * (x, y), so that the verdict agrees with the exact per-item test {@code dx * dx + dy * dy <= r2} bit
     * for bit. An item counted in a cell lies in it only up to rounding (its cell is the floor of a rounded
     * quotient), and the per-item test rounds too: the errors in a squared distance stay below 1e-14 of
     * the square of the magnitudes involved — the query centre, the cell's corner and the cell size, summed
     * here as {@code scale} — while the margin, 1e-6 of that sum, moves the judged squared distances by at
     * least its square, 1e-12 of it. So a cell judged inside (or outside) holds only items the exact test
     * passes (or fails). The margin only sends cells within a few centimetres of the disc's edge (for a
     * battlefield) to the exact test.
     */
    private double cellMargin(long cx, long cy, double x, double y) {
        double scale = cellSize + StrictMath.abs(x) + StrictMath.abs(y)
                + StrictMath.abs(cx * cellSize) + StrictMath.abs(cy * cellSize);
        return 1e-6 * scale;
    }

    /**
     * Whether cell (cx, cy), widened by {@link #cellMargin} on every side, lies wholly inside the disc of
     * squared radius {@code r2} about (x, y) (its farthest corner nearer than the radius), wholly outside
     * (its nearest point farther), or on its edge. A NaN anywhere judges the cell on the edge.
     */
    private int cellVersusDisc(long cx, long cy, double x, double y, double r2) {
        double margin = cellMargin(cx, cy, x, y);
        // the widened cell's sides relative to the query centre, metres
        double left = cx * cellSize - margin - x, right = (cx + 1) * cellSize + margin - x;
        double bottom = cy * cellSize - margin - y, top = (cy + 1) * cellSize + margin - y;
        double farX = StrictMath.max(-left, right), farY = StrictMath.max(-bottom, top);
        if (farX * farX + farY * farY < r2) return CELL_INSIDE;
        if (nearestSquared(left, right, bottom, top) > r2) return CELL_OUTSIDE;
        return CELL_ON_EDGE;
    }

    /** Squared distance (m²) from the origin to the nearest point of the rectangle with these sides. */
    private static double nearestSquared(double left, double right, double bottom, double top) {
        double nearX = left > 0 ? left : right < 0 ? -right : 0;
        double nearY = bottom > 0 ? bottom : top < 0 ? -top : 0;
        return nearX * nearX + nearY * nearY;
    }

    /**
     * A lower bound of the squared distance (m²) from (x, y) of every item in cell (cx, cy), as the exact
     * test computes it ({@code dx * dx + dy * dy}): the nearest point of the cell widened by
     * {@link #cellMargin}, so an item's computed squared distance is never below it. 0 if anything is NaN.
     */
    private double nearestSquaredOfCell(long cx, long cy, double x, double y) {
        double margin = cellMargin(cx, cy, x, y);
        double left = cx * cellSize - margin - x, right = (cx + 1) * cellSize + margin - x;
        double bottom = cy * cellSize - margin - y, top = (cy + 1) * cellSize + margin - y;
        double d2 = nearestSquared(left, right, bottom, top);
        return d2 >= 0 ? d2 : 0;
    }

    /** Receives items nearest cells first from {@link #queryNearestFirst}; see there. */
    public interface NearestVisitor extends PointVisitor {
        /** The squared distance (m²) beyond which no item can win any more; it may shrink as items come, never grow. */
        double limit();
    }

    /**
     * For a search of the item nearest to (x, y) (by any total order that ranks a nearer item first):
     * offers the visitor items with their inserted positions, the cells nearest to (x, y) first, each item
     * only if its squared distance {@code dx * dx + dy * dy} is at most {@code visitor.limit()} then, and
     * stops once every cell left lies wholly farther than the limit. So every item within the final limit
     * is offered (items farther may be too), whatever the visitor's order of preference among them.
     * Allocation-free once its scratch array has grown.
     */
    public void queryNearestFirst(double x, double y, NearestVisitor visitor) {
        if (!built) build();
        int cells = cellCount;
        if (cells == 0) return;
        if (wideCells) {
            // keys may be shared between far cells: offer the items without judging their cells
            offerWithinLimit(0, count, x, y, visitor);
            return;
        }
        if (nearScratch == null || nearScratch.length < cells) nearScratch = new double[StrictMath.max(cells, 16)];
        double[] near = nearScratch;
        for (int c = 0; c < cells; c++) near[c] = nearestSquaredOfCell(cellXs[c], cellYs[c], x, y);
        while (true) {
            // the nearest cell not yet visited (NaN marks a visited one) that could hold an item within the limit
            double limit = visitor.limit();
            int next = -1;
            for (int c = 0; c < cells; c++)
                if (near[c] <= limit && (next < 0 || near[c] < near[next])) next = c;
            if (next < 0) return;
            near[next] = Double.NaN;
            offerWithinLimit(cellStart[next], cellStart[next + 1], x, y, visitor);
        }
    }

    private void offerWithinLimit(int from, int to, double x, double y, NearestVisitor visitor) {
        double[] sx = sortedX, sy = sortedY;
        for (int i = from; i < to; i++) {
            double dx = sx[i] - x, dy = sy[i] - y;
            if (dx * dx + dy * dy <= visitor.limit()) visitor.visit(sortedItems[i], sx[i], sy[i]);
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
        cellMasksBuilt = false;
        resetTable(count);
        cellCount = 0;
        if (cellOfItem.length < count) cellOfItem = new int[items.length];
        if (cellXs.length < count) {
            cellXs = new int[items.length];
            cellYs = new int[items.length];
        }
        if (cellStart.length < count + 2) cellStart = new int[items.length + 2];
        Arrays.fill(cellStart, 0, count + 2, 0);
        for (int i = 0; i < count; i++) {
            int c = findOrAdd(keys[i]);
            if (c == cellCount - 1) {
                // a new cell: its coordinates from its key (exact while they fit in an int; see wideCells)
                cellXs[c] = (int) (keys[i] >> 32);
                cellYs[c] = (int) keys[i];
            }
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
