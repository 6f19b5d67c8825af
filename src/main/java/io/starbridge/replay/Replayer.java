package io.starbridge.replay;

import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Command;
import java.util.List;

/** Re-simulates a journal from its seed and commands and checks every checkpoint and the end hash. */
public final class Replayer {
    private final Scenarios scenarios;

    public Replayer(Scenarios scenarios) { this.scenarios = scenarios; }

    /** A fresh mission as the journal's header describes it. */
    public Mission missionFor(Journal journal) {
        return scenarios.byId(journal.header().scenario()).start(journal.header().seed(), journal.header().size());
    }

    /**
     * @throws ReplayDivergence naming the first tick whose hash differs (the end hash included)
     */
    public MissionRunner.Result replay(Journal journal, Mission mission, MissionRunner.EventSink sink) {
        java.util.NavigableMap<Long, Long> expected = new java.util.TreeMap<>(journal.checkpoints());
        if (journal.ended()) expected.put(journal.endTick(), journal.endHash()); // a cut run has checkpoints only
        MissionRunner runner = new MissionRunner(mission,
                (tick, last) -> journal.commandsByTick().getOrDefault(tick, List.<Command>of()))
                .onEvents(sink).verify(expected);
        return runner.run(journal.endTick(), false);
    }
}
