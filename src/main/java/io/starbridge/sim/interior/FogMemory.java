package io.starbridge.sim.interior;

import io.starbridge.sim.StateHash;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * One away team's memory of the rooms it has seen, per ship: unknown until a member sees the room
 * (standing in it with light — the ship's or a torch — or looking into a lit room through an open
 * door), remembered ever after.
 */
public final class FogMemory implements java.io.Serializable {
    private final TreeMap<Integer, BitSet> seen = new TreeMap<>();

    public boolean seen(int shipId, int room) {
        BitSet rooms = seen.get(shipId);
        return rooms != null && rooms.get(room);
    }

    /** Number of rooms of a ship seen so far. */
    public int seenCount(int shipId) {
        BitSet rooms = seen.get(shipId);
        return rooms == null ? 0 : rooms.cardinality();
    }

    void mark(int shipId, int room) {
        seen.computeIfAbsent(shipId, k -> new BitSet()).set(room);
    }

    void hashInto(StateHash h) {
        h.add(seen.size());
        for (Map.Entry<Integer, BitSet> e : seen.entrySet()) {
            h.add(e.getKey());
            for (long word : e.getValue().toLongArray()) h.add(word);
        }
    }
}
