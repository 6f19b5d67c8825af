package io.starbridge.drill;

import java.util.Map;

/**
 * One run of a drill.
 *
 * @param completed whether the end condition was met before the drill's time cap
 * @param ticks     ticks simulated (the run stops at the end condition)
 * @param figures   simulated milliseconds by figure name; empty when not completed
 */
public record DrillRun(long seed, boolean completed, long ticks, Map<String, Long> figures) {
    public DrillRun {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    /** As JSON reports and the drill strip show it: seed, completed, ticks, figures. */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("seed", seed);
        out.put("completed", completed);
        out.put("ticks", ticks);
        out.put("figures", figures);
        return out;
    }
}
