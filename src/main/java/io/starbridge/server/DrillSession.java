package io.starbridge.server;

import io.starbridge.drill.DrillRun;
import io.starbridge.drill.DrillSpec;
import io.starbridge.drill.FigureSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A drill game on the server (docs/drills.md): the same crew, in the same seats, plays the drill's
 * mission again and again, run {@code i} with seed {@code firstSeed + i}. Each run is its own game
 * state and journal under the game's id; the session keeps every run's figures — the drill's own
 * (server ticks) and the stations' reaction times — and their best, median and p90.
 * Runs finish on their game's tick thread; stations and the lobby read from others: synchronized.
 */
final class DrillSession {
    /** Seconds between the end of a run and the start of the next: time to read the figures. */
    static final double BETWEEN_RUNS_SECONDS = 10;

    private final DrillSpec spec;
    private final long firstSeed;
    private final List<DrillRun> runs = new ArrayList<>();

    DrillSession(DrillSpec spec, long firstSeed) {
        this.spec = spec;
        this.firstSeed = firstSeed;
    }

    DrillSpec spec() { return spec; }

    /** The seed of run {@code run} (0-based). */
    long seedOf(int run) { return firstSeed + run; }

    synchronized void finished(DrillRun run) { runs.add(run); }

    synchronized List<DrillRun> runs() { return List.copyOf(runs); }

    /**
     * Per figure over the completed runs: best, median and p90 (ms), for every figure some run measured
     * (the drill's first, then the stations' reaction figures).
     */
    synchronized Map<String, FigureSummary> summary() {
        Map<String, List<Long>> values = new LinkedHashMap<>();
        for (String name : spec.figures()) values.put(name, new ArrayList<>());
        for (DrillRun r : runs) {
            if (!r.completed()) continue;
            r.figures().forEach((name, ms) -> values.computeIfAbsent(name, n -> new ArrayList<>()).add(ms));
        }
        Map<String, FigureSummary> out = new LinkedHashMap<>();
        values.forEach((name, list) -> { if (!list.isEmpty()) out.put(name, FigureSummary.of(list)); });
        return out;
    }
}
