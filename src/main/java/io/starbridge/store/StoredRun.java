package io.starbridge.store;

import java.util.Map;

/**
 * A run as stored; fields as in {@link NewRun}. {@code id} is the client-facing id ({@code r12});
 * the journal is either the file {@code journalPath} (relative to the data directory) or text kept
 * in the store ({@link Runs#journalText}).
 */
public record StoredRun(String id, String kind, String gameId, String drillId, String scenario, String size, long seed,
                        String crew, long startedAtMs, long endedAtMs, String outcome, boolean completed, long ticks,
                        long stateHash, Map<String, Long> figures, String journalPath) {
    public StoredRun {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures)); // in the drill's order: headline first
    }

    public boolean journalInStore() { return journalPath == null; }
}
