package io.starbridge.server;

import io.starbridge.drill.DrillMeasure;
import io.starbridge.drill.DrillRun;
import io.starbridge.drill.FigureSummary;
import io.starbridge.scenario.Mission;
import io.starbridge.sim.Tick;
import io.starbridge.sim.event.SimEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a {@link DrillSession}, watched on its game's tick thread: measures it from the events
 * (as the headless {@code drill} does), ends it at the drill's end condition or its time cap, and
 * says when the next run is due. Its {@link #section} is the {@code game.drill} part of every view.
 */
final class DrillWatch {
    private final DrillSession session;
    private final int run;
    private final long seed;
    private final DrillMeasure measure;
    private final long capTick;
    /** The tick this run ended (or hit its cap), -1 while it runs. */
    private long overTick = -1;
    private boolean completed;
    private Map<String, Long> figures = Map.of();
    private boolean handedOver;
    private Map<String, Object> section;

    /** @param run 0-based run index; the mission must be the drill's scenario started with {@code session.seedOf(run)} */
    DrillWatch(DrillSession session, int run, Mission mission) {
        this.session = session;
        this.run = run;
        this.seed = session.seedOf(run);
        this.measure = new DrillMeasure(session.spec(), mission);
        this.capTick = Math.round(session.spec().maxSeconds() * Tick.HZ);
    }

    int run() { return run; }

    String drillId() { return session.spec().id(); }

    /** Whether the run reached the drill's end condition (false while running or after its cap). */
    boolean completed() { return completed; }

    /** The run's figures once over (the drill's, then the stations' reaction times); empty before. */
    Map<String, Long> figures() { return figures; }

    /**
     * After each tick: its events, and the ship's station reaction figures so far (asked for only when the
     * run ends, and kept with its figures).
     */
    void onTick(long tick, List<SimEvent> events, java.util.function.Supplier<Map<String, Long>> stationFigures) {
        if (overTick >= 0) return;
        long startBefore = measure.startTick();
        measure.onTick(tick, events);
        if (measure.startTick() != startBefore) section = null; // the clock started: "running"
        if (measure.ended() || tick >= capTick) {
            overTick = tick;
            completed = measure.ended();
            Map<String, Long> all = new LinkedHashMap<>(measure.figures());
            if (completed) stationFigures.get().forEach(all::putIfAbsent);
            figures = all;
            session.finished(new DrillRun(seed, completed, tick, completed ? all : Map.of()));
            section = null;
        }
    }

    /** True once, when the pause after this run is over: the caller starts the next run. */
    boolean nextRunDue(long tick) {
        if (overTick < 0 || handedOver || tick < overTick + Math.round(DrillSession.BETWEEN_RUNS_SECONDS * Tick.HZ)) return false;
        handedOver = true;
        return true;
    }

    /** What every station shows: the drill, this run, its figures once over, the history and summary. */
    Map<String, Object> section() {
        if (section != null) return section;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", session.spec().id());
        d.put("title", session.spec().title());
        d.put("headline", session.spec().figures().get(0));
        d.put("run", run + 1);
        d.put("seed", seed);
        d.put("state", overTick < 0 ? (measure.startTick() < 0 ? "waiting" : "running") : completed ? "done" : "timeout");
        if (measure.startTick() >= 0) d.put("startTick", measure.startTick());
        if (overTick >= 0) {
            d.put("figures", figures);
            d.put("nextRunTick", overTick + Math.round(DrillSession.BETWEEN_RUNS_SECONDS * Tick.HZ));
        }
        List<Map<String, Object>> history = new ArrayList<>();
        for (DrillRun r : session.runs()) history.add(r.toJson());
        d.put("history", history);
        Map<String, Object> summary = FigureSummary.toJson(session.summary());
        d.put("summary", summary);
        section = d;
        return d;
    }
}
