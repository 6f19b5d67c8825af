package io.starbridge.sim;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one ship's sensors know: which ships they detect now (ids ascending), where lost
 * contacts were last seen, and which ships science has fully scanned.
 * Written by the sensor system, read by weapons, AI, bots and station views.
 */
public final class ContactBook implements java.io.Serializable {
    /** Last-known positions kept at most; the oldest is forgotten first. */
    private static final int LAST_KNOWN_LIMIT = 64;

    // the detected set as a bit set over ship ids (a sweep diffs it word by word, weapons test it in
    // O(1)); the ascending id list is built only when someone reads it by position
    private long[] detectedBits = new long[2];
    private int detectedCount;
    private int[] detected = new int[8];
    private boolean detectedListStale;
    // last-known positions as parallel arrays sorted by ship id (a big battle loses ~100 contacts a
    // tick, and a boxed TreeMap with its eviction scan was the hottest thing in the sensor sweep)
    private int lostCount;
    private int[] lostIds = new int[8];
    private double[] lostX = new double[8], lostY = new double[8];
    private long[] lostTick = new long[8];
    private final TreeSet<Integer> scanned = new TreeSet<>();
    /**
     * Pure cache of {@link #scanned} as a bit set over ship ids (null = to be built: after a scan and
     * after a restore): bots and views ask {@link #scanned(int)} every look, and a boxed tree lookup
     * is many calls before the JIT compiles them.
     */
    private transient long[] scannedBits;

    /** Where and when a contact was last seen, metres and tick. */
    public record LastKnown(double x, double y, long tick) {}

    public boolean detects(int shipId) {
        int w = shipId >>> 6;
        return shipId >= 0 && w < detectedBits.length && (detectedBits[w] & (1L << shipId)) != 0;
    }

    public int detectedCount() { return detectedCount; }

    /** The i-th detected ship id, ascending. */
    public int detectedAt(int i) {
        if (detectedListStale) buildDetectedList();
        if (i >= detectedCount) throw new IndexOutOfBoundsException(i);
        return detected[i];
    }

    public int[] detectedIds() {
        if (detectedListStale) buildDetectedList();
        return Arrays.copyOf(detected, detectedCount);
    }

    /** The lowest detected ship id at or above {@code fromId}, or -1: iterates the set without building a list. */
    public int nextDetected(int fromId) {
        if (fromId < 0) fromId = 0;
        int w = fromId >>> 6;
        if (w >= detectedBits.length) return -1;
        long word = detectedBits[w] & (-1L << fromId);
        while (true) {
            if (word != 0) return (w << 6) + Long.numberOfTrailingZeros(word);
            if (++w == detectedBits.length) return -1;
            word = detectedBits[w];
        }
    }

    /** Word {@code w} of the detected set (bit {@code id & 63} of word {@code id >>> 6}); 0 beyond the set. */
    public long detectedWord(int w) { return w < detectedBits.length ? detectedBits[w] : 0; }

    /** Replaces the detected set; ids must be sorted ascending without duplicates. */
    public void replaceDetected(int[] sortedIds, int count) {
        int words = count == 0 ? 0 : (sortedIds[count - 1] >>> 6) + 1;
        if (detectedBits.length < words) detectedBits = new long[words];
        Arrays.fill(detectedBits, 0);
        for (int i = 0; i < count; i++) detectedBits[sortedIds[i] >>> 6] |= 1L << sortedIds[i];
        detectedCount = count;
        detectedListStale = true;
    }

    /** Replaces the detected set with the ids set in the first {@code words} words of {@code bits}. */
    public void replaceDetectedWords(long[] bits, int words) {
        if (detectedBits.length < words) detectedBits = Arrays.copyOf(detectedBits, words);
        int count = 0;
        for (int w = 0; w < words; w++) count += Long.bitCount(detectedBits[w] = bits[w]);
        Arrays.fill(detectedBits, words, detectedBits.length, 0L);
        detectedCount = count;
        detectedListStale = true;
    }

    private void buildDetectedList() {
        if (detected.length < detectedCount) detected = new int[Integer.highestOneBit(detectedCount) << 1];
        int n = 0;
        for (int w = 0; w < detectedBits.length; w++) {
            for (long word = detectedBits[w]; word != 0; word &= word - 1)
                detected[n++] = (w << 6) + Long.numberOfTrailingZeros(word);
        }
        detectedListStale = false;
    }

    /**
     * Remembers where a contact was when it was lost. Past {@link #LAST_KNOWN_LIMIT} the oldest is forgotten;
     * among equally old, the lowest id (the first in id order) — the new one too, if it is that one.
     */
    public void rememberLost(int shipId, double x, double y, long tick) {
        int at = Arrays.binarySearch(lostIds, 0, lostCount, shipId);
        if (at >= 0) {
            setLost(at, shipId, x, y, tick);
            return;
        }
        at = -at - 1;
        if (lostCount < LAST_KNOWN_LIMIT) {
            if (lostCount == lostIds.length) growLost();
            shiftLost(at, at + 1, lostCount - at);
            lostCount++;
            setLost(at, shipId, x, y, tick);
            return;
        }
        // full: one entry goes and the new one comes in, with a single shift of the entries between them (a
        // huge battle loses ≈ 240 contacts a tick, most of them into full books)
        int oldest = 0;
        for (int i = 1; i < lostCount; i++) if (lostTick[i] < lostTick[oldest]) oldest = i;
        boolean newIsOldest = tick < lostTick[oldest] || (tick == lostTick[oldest] && at <= oldest);
        if (newIsOldest) return; // it would be forgotten at once: the book stays as it is
        if (oldest < at) {
            shiftLost(oldest + 1, oldest, at - oldest - 1);
            setLost(at - 1, shipId, x, y, tick);
        } else {
            shiftLost(at, at + 1, oldest - at);
            setLost(at, shipId, x, y, tick);
        }
    }

    /** Moves {@code length} lost entries from index {@code from} to index {@code to}. */
    private void shiftLost(int from, int to, int length) {
        System.arraycopy(lostIds, from, lostIds, to, length);
        System.arraycopy(lostX, from, lostX, to, length);
        System.arraycopy(lostY, from, lostY, to, length);
        System.arraycopy(lostTick, from, lostTick, to, length);
    }

    private void setLost(int at, int shipId, double x, double y, long tick) {
        lostIds[at] = shipId;
        lostX[at] = x;
        lostY[at] = y;
        lostTick[at] = tick;
    }

    private void growLost() {
        int n = lostIds.length * 2;
        lostIds = Arrays.copyOf(lostIds, n);
        lostX = Arrays.copyOf(lostX, n);
        lostY = Arrays.copyOf(lostY, n);
        lostTick = Arrays.copyOf(lostTick, n);
    }

    private void removeLostAt(int at) {
        int tail = lostCount - at - 1;
        System.arraycopy(lostIds, at + 1, lostIds, at, tail);
        System.arraycopy(lostX, at + 1, lostX, at, tail);
        System.arraycopy(lostY, at + 1, lostY, at, tail);
        System.arraycopy(lostTick, at + 1, lostTick, at, tail);
        lostCount--;
    }

    public void forgetLost(int shipId) {
        int at = Arrays.binarySearch(lostIds, 0, lostCount, shipId);
        if (at >= 0) removeLostAt(at);
    }

    /** Last-known position of a contact that is not detected now, or null. */
    public LastKnown lastKnown(int shipId) {
        int at = Arrays.binarySearch(lostIds, 0, lostCount, shipId);
        return at < 0 ? null : new LastKnown(lostX[at], lostY[at], lostTick[at]);
    }

    /** Every last-known position by ship id, ascending (a fresh read-only copy). */
    public Map<Integer, LastKnown> lastKnownAll() {
        Map<Integer, LastKnown> all = new TreeMap<>();
        for (int i = 0; i < lostCount; i++) all.put(lostIds[i], new LastKnown(lostX[i], lostY[i], lostTick[i]));
        return java.util.Collections.unmodifiableMap(all);
    }

    public boolean scanned(int shipId) {
        long[] bits = scannedBits;
        if (bits == null) scannedBits = bits = scannedAsBits();
        int w = shipId >>> 6;
        return shipId >= 0 && w < bits.length && (bits[w] & (1L << shipId)) != 0;
    }

    private long[] scannedAsBits() {
        long[] bits = new long[scanned.isEmpty() ? 0 : (scanned.last() >>> 6) + 1];
        for (int id : scanned) if (id >= 0) bits[id >>> 6] |= 1L << id;
        return bits;
    }

    public void markScanned(int shipId) {
        scanned.add(shipId);
        scannedBits = null;
    }

    public void hashInto(StateHash h) {
        h.add(detectedCount);
        // the set by its non-zero bit-set words (index, bits): one word per 64 ids, independent of
        // how long the array has grown — a huge battlefield has ~600 contacts per ship
        for (int i = 0; i < detectedBits.length; i++) if (detectedBits[i] != 0) h.add(i).add(detectedBits[i]);
        h.add(lostCount);
        for (int i = 0; i < lostCount; i++) h.add(lostIds[i]).add(lostX[i]).add(lostY[i]).add(lostTick[i]);
        h.add(scanned.size());
        for (int id : scanned) h.add(id);
    }
}
