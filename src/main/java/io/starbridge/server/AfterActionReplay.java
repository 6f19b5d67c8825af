package io.starbridge.server;

import io.starbridge.replay.Journal;
import io.starbridge.replay.MissionRunner;
import io.starbridge.replay.Replayer;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.ship.Ship;
import io.starbridge.station.GameInfo;
import io.starbridge.station.StationViews;
import java.util.List;
import java.util.Map;

/**
 * The replay viewer's server side: the observer's view of a run's first player ship at any tick,
 * re-simulated from the journal. It keeps the last simulation: a later tick of the same run steps on
 * from where it is (scrubbing forward costs only the ticks between), an earlier tick or another run
 * starts afresh from tick 0. Checkpoint hashes are verified on the way. One caller at a time.
 */
final class AfterActionReplay {
    private final Replayer replayer;

    // the cached simulation, guarded by this
    private String runId;
    private Mission mission;
    private MissionRunner runner;
    /** Ticks simulated since the last fresh start, for tests of the cache. */
    private long ticksSimulated;

    AfterActionReplay(Scenarios scenarios) { this.replayer = new Replayer(scenarios); }

    /**
     * @param tick 0 … the journal's end tick
     * @throws io.starbridge.replay.ReplayDivergence if the re-simulation does not match the journal
     * @throws IllegalStateException if the run has no player ship to view from
     */
    synchronized Map<String, Object> viewAt(String runId, Journal journal, long tick) {
        if (!runId.equals(this.runId) || mission == null || mission.world().tick() > tick) start(runId, journal);
        long before = mission.world().tick();
        try {
            runner.run(tick, false);
        } catch (RuntimeException e) {
            mission = null; // a simulation that failed halfway is not one to step on from
            throw e;
        }
        ticksSimulated += mission.world().tick() - before;
        if (mission.playerShipIds().isEmpty()) throw new IllegalStateException("this run has no player ship to view from");
        Ship own = mission.world().ship(mission.playerShipIds().get(0));
        if (own == null) throw new IllegalStateException("the player ship is gone at tick " + tick);
        GameInfo info = new GameInfo(runId, mission.scenarioId(), false, mission.outcome(), null);
        return StationViews.build(mission.world(), own, Role.OBSERVER, info, ObjectiveViews.of(mission, own.id()));
    }

    /** Ticks simulated since the cache last started afresh. */
    synchronized long ticksSimulatedSinceStart() { return ticksSimulated; }

    private void start(String id, Journal journal) {
        Mission m = replayer.missionFor(journal);
        this.runner = new MissionRunner(m, (t, last) -> journal.commandsByTick().getOrDefault(t, List.<Command>of()))
                .verify(journal.checkpoints());
        this.mission = m;
        this.runId = id;
        this.ticksSimulated = 0;
    }
}
