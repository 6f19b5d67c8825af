package io.starbridge.store;

import java.util.Map;

/**
 * One completed drill run's figures, for the improvement curve.
 *
 * @param runId     the run's id ({@code r12})
 * @param runIndex  its 0-based position in its drill command
 * @param endedAtMs wall clock, epoch ms
 * @param figures   figure name → simulated milliseconds
 */
public record DrillResultRow(String runId, int runIndex, long seed, String crew, long endedAtMs, Map<String, Long> figures) {
    public DrillResultRow {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures)); // in the drill's order: headline first
    }
}
