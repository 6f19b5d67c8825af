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
    private final Map<Integer, LastKnown> lastKnown = new TreeMap<>();
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
        lastKnown.put(shipId, new LastKnown(x, y, tick));
        if (lastKnown.size() > LAST_KNOWN_LIMIT) {
            int oldest = -1; long oldestTick = Long.MAX_VALUE;
            for (Map.Entry<Integer, LastKnown> e : lastKnown.entrySet())
                if (e.getValue().tick() < oldestTick) { oldestTick = e.getValue().tick(); oldest = e.getKey(); }
            lastKnown.remove(oldest);
        }
    }

    public void forgetLost(int shipId) { lastKnown.remove(shipId); }

    /** Last-known position of a contact that is not detected now, or null. */
    public LastKnown lastKnown(int shipId) { return lastKnown.get(shipId); }

    public Map<Integer, LastKnown> lastKnownAll() { return java.util.Collections.unmodifiableMap(lastKnown); }

    public boolean scanned(int shipId) { return scanned.contains(shipId); }

    public void markScanned(int shipId) { scanned.add(shipId); }

    public void hashInto(StateHash h) {
        h.add(detectedCount);
        for (int i = 0; i < detectedCount; i++) h.add(detected[i]);
        h.add(lastKnown.size());
        for (Map.Entry<Integer, LastKnown> e : lastKnown.entrySet())
            h.add(e.getKey()).add(e.getValue().x()).add(e.getValue().y()).add(e.getValue().tick());
        h.add(scanned.size());
        for (int id : scanned) h.add(id);
    }
}
