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
public final class ContactBook {
    /** Last-known positions kept at most; the oldest is forgotten first. */
    private static final int LAST_KNOWN_LIMIT = 64;

    private int[] detected = new int[8];
    private int detectedCount;
    // last-known positions as parallel arrays sorted by ship id (a big battle loses ~100 contacts a
    // tick, and a boxed TreeMap with its eviction scan was the hottest thing in the sensor sweep)
    private int lostCount;
    private int[] lostIds = new int[8];
    private double[] lostX = new double[8], lostY = new double[8];
    private long[] lostTick = new long[8];
    private final TreeSet<Integer> scanned = new TreeSet<>();

    /** Where and when a contact was last seen, metres and tick. */
    public record LastKnown(double x, double y, long tick) {}

    public boolean detects(int shipId) {
        return Arrays.binarySearch(detected, 0, detectedCount, shipId) >= 0;
    }

    public int detectedCount() { return detectedCount; }

    /** The i-th detected ship id, ascending. */
    public int detectedAt(int i) { return detected[i]; }

    public int[] detectedIds() { return Arrays.copyOf(detected, detectedCount); }

    /** Replaces the detected set; ids must be sorted ascending without duplicates. */
    public void replaceDetected(int[] sortedIds, int count) {
        if (detected.length < count) detected = new int[Integer.highestOneBit(count) << 1];
        System.arraycopy(sortedIds, 0, detected, 0, count);
        detectedCount = count;
    }

    public void rememberLost(int shipId, double x, double y, long tick) {
        int at = Arrays.binarySearch(lostIds, 0, lostCount, shipId);
        if (at < 0) {
            at = -at - 1;
            if (lostCount == lostIds.length) growLost();
            System.arraycopy(lostIds, at, lostIds, at + 1, lostCount - at);
            System.arraycopy(lostX, at, lostX, at + 1, lostCount - at);
            System.arraycopy(lostY, at, lostY, at + 1, lostCount - at);
            System.arraycopy(lostTick, at, lostTick, at + 1, lostCount - at);
            lostIds[at] = shipId;
            lostCount++;
        }
        lostX[at] = x;
        lostY[at] = y;
        lostTick[at] = tick;
        if (lostCount > LAST_KNOWN_LIMIT) {
            // the oldest goes; among equally old, the lowest id (the first in id order)
            int oldest = 0;
            for (int i = 1; i < lostCount; i++) if (lostTick[i] < lostTick[oldest]) oldest = i;
            removeLostAt(oldest);
        }
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

    public boolean scanned(int shipId) { return scanned.contains(shipId); }

    public void markScanned(int shipId) { scanned.add(shipId); }

    public void hashInto(StateHash h) {
        h.add(detectedCount);
        for (int i = 0; i < detectedCount; i++) h.add(detected[i]);
        h.add(lostCount);
        for (int i = 0; i < lostCount; i++) h.add(lostIds[i]).add(lostX[i]).add(lostY[i]).add(lostTick[i]);
        h.add(scanned.size());
        for (int id : scanned) h.add(id);
    }
}
