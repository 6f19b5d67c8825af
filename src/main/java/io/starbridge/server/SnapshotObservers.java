package io.starbridge.server;

import io.starbridge.drill.MissionTimings;
import io.starbridge.replay.Snapshot;
import io.starbridge.station.DebriefSection;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a game keeps of the events before a snapshot, beside the mission's state: each player ship's
 * debrief and timings, and the stations' reaction figures (the objectives are part of the mission's state).
 * Written into {@link Snapshot#observers()} and read back, checked, on crash recovery.
 */
final class SnapshotObservers {
    private static final String DEBRIEFS = "debriefs", TIMINGS = "timings", REACTIONS = "reactions";

    private SnapshotObservers() {}

    /** The observers as a snapshot keeps them (copies of the maps; serialize the snapshot at once). */
    static Map<String, Serializable> of(Map<Integer, DebriefSection> debriefs, Map<Integer, MissionTimings> timings,
                                  StationReactions reactions) {
        return Map.of(DEBRIEFS, new TreeMap<>(debriefs), TIMINGS, new TreeMap<>(timings), REACTIONS, reactions);
    }

    /** @throws IllegalArgumentException if the snapshot keeps no debriefs by ship */
    static Map<Integer, DebriefSection> debriefs(Snapshot snapshot) { return byShip(snapshot, DEBRIEFS, DebriefSection.class); }

    /** @throws IllegalArgumentException if the snapshot keeps no timings by ship */
    static Map<Integer, MissionTimings> timings(Snapshot snapshot) { return byShip(snapshot, TIMINGS, MissionTimings.class); }

    /** @throws IllegalArgumentException if the snapshot keeps no station reactions */
    static StationReactions reactions(Snapshot snapshot) {
        if (!(snapshot.observers().get(REACTIONS) instanceof StationReactions kept))
            throw new IllegalArgumentException("the snapshot keeps no station reactions");
        return kept;
    }

    private static <T> Map<Integer, T> byShip(Snapshot snapshot, String name, Class<T> type) {
        Map<Integer, T> out = new TreeMap<>();
        if (!(snapshot.observers().get(name) instanceof Map<?, ?> kept))
            throw new IllegalArgumentException("the snapshot keeps no " + name);
        for (Map.Entry<?, ?> e : kept.entrySet()) {
            if (!(e.getKey() instanceof Integer shipId) || !type.isInstance(e.getValue()))
                throw new IllegalArgumentException("the snapshot's " + name + " are not " + type.getSimpleName() + " by ship");
            out.put(shipId, type.cast(e.getValue()));
        }
        return out;
    }
}
