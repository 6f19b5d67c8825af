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
 * With a data directory the session is saved ({@link DrillSessionFile}) so a crash loses no run.
 */
final class DrillSession {
    /** Seconds between the end of a run and the start of the next: time to read the figures. */
    static final double BETWEEN_RUNS_SECONDS = 10;

    private final DrillSpec spec;
    private final long firstSeed;
    private final List<DrillRun> runs = new ArrayList<>();
    /** 0-based index of the run in progress (or the one that just ended). */
    private int currentRun;
    /** Where the session is saved after each change (serve --data), or a no-op. */
    private java.util.function.Consumer<DrillSessionFile.Saved> saver = saved -> { };

    DrillSession(DrillSpec spec, long firstSeed) {
        this.spec = spec;
        this.firstSeed = firstSeed;
    }

    /**
     * The session a crash interrupted, at its saved run: the runs finished before it are kept; the run
     * itself is measured again as its journal is re-simulated.
     * @throws IllegalArgumentException if the saved session is of another drill
     */
    static DrillSession resumed(DrillSpec spec, DrillSessionFile.Saved saved) {
        if (!spec.id().equals(saved.drill()))
            throw new IllegalArgumentException("the saved session is of drill '" + saved.drill() + "', not '" + spec.id() + "'");
        DrillSession session = new DrillSession(spec, saved.firstSeed());
        session.runs.addAll(saved.runs().subList(0, Math.min(saved.currentRun(), saved.runs().size())));
        session.currentRun = saved.currentRun();
        return session;
    }

    /** Saves the session now and after every change from now on. */
    synchronized void persistTo(java.util.function.Consumer<DrillSessionFile.Saved> saver) {
        this.saver = saver;
        save();
    }

    /** Run {@code run} (0-based) starts. */
    synchronized void started(int run) {
        currentRun = run;
        save();
    }

    /** 0-based index of the run in progress (or the one that just ended). */
    synchronized int currentRun() { return currentRun; }

    private void save() { saver.accept(new DrillSessionFile.Saved(spec.id(), firstSeed, currentRun, runs)); }

    DrillSpec spec() { return spec; }

    /** The seed of run {@code run} (0-based). */
    long seedOf(int run) { return firstSeed + run; }

    synchronized void finished(DrillRun run) {
        runs.add(run);
        save();
    }

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
