package io.starbridge.drill;

import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalWriter;
import io.starbridge.replay.MissionRunner;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.Tick;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a drill again and again: each run starts a fresh mission (nothing carries over) with its own seed
 * and crew, and stops as soon as the drill's end condition is met or at its time cap.
 */
public final class DrillRunner {
    /** Who crews the player ships: wired in by the caller (bots live outside this package). */
    @FunctionalInterface
    public interface Crew {
        MissionRunner.CommandSource commandsFor(Mission mission, long seed);
    }

    private final Scenarios scenarios;
    private final Crew crew;

    public DrillRunner(Scenarios scenarios, Crew crew) {
        this.scenarios = scenarios;
        this.crew = crew;
    }

    /** {@code repeat} runs with seeds {@code firstSeed}, {@code firstSeed + 1}, … */
    public DrillResult run(DrillSpec spec, long firstSeed, int repeat) {
        if (repeat < 1) throw new IllegalArgumentException("repeat must be at least 1, got " + repeat);
        List<DrillRun> runs = new ArrayList<>();
        for (int i = 0; i < repeat; i++) runs.add(runOnce(spec, firstSeed + i, null));
        return DrillResult.of(spec, runs);
    }

    /** One run; with a journal, records it (the journal then replays to the same figures). */
    public DrillRun runOnce(DrillSpec spec, long seed, JournalWriter journal) {
        Mission mission = scenarios.byId(spec.scenario()).start(seed, null);
        DrillMeasure measure = new DrillMeasure(spec, mission);
        MissionRunner runner = new MissionRunner(mission, crew.commandsFor(mission, seed))
                .onEvents(measure::onTick).stopWhen(measure::ended);
        if (journal != null) {
            journal.header(new Journal.Header(Journal.VERSION, spec.scenario(), seed, null, spec.maxSeconds()));
            runner.recordTo(journal);
        }
        // not stopping at the mission's outcome: a drill may end after it (the last critical falls after "derelict")
        MissionRunner.Result result = runner.run(Math.round(spec.maxSeconds() * Tick.HZ), false);
        return new DrillRun(seed, measure.ended(), result.ticks(), measure.figures());
    }
}
