package io.starbridge.replay;

import io.starbridge.scenario.Mission;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.SimEvent;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.BooleanSupplier;

/**
 * Steps a mission as fast as the CPU allows: asks its command source for each tick's commands,
 * journals them before applying them, hands each tick's events on, writes and (when replaying)
 * verifies checkpoint hashes.
 */
public final class MissionRunner {

    /** Where a tick's commands come from (bots, a journal, a server queue). */
    @FunctionalInterface
    public interface CommandSource {
        /** @param tick the tick about to run; lastEvents the events of the previous tick */
        List<? extends Command> commandsFor(long tick, List<SimEvent> lastEvents);
    }

    @FunctionalInterface
    public interface EventSink {
        void onTick(long tick, List<SimEvent> events);
    }

    /** How a run ended: ticks simulated, final hash, outcome (null if the cap came first). */
    public record Result(long ticks, long stateHash, String outcome) {}

    private final Mission mission;
    private final CommandSource source;
    private JournalWriter journal;
    private EventSink sink = (tick, events) -> { };
    private NavigableMap<Long, Long> expected;
    private BooleanSupplier stopWhen = () -> false;

    public MissionRunner(Mission mission, CommandSource source) {
        this.mission = mission;
        this.source = source;
    }

    public MissionRunner recordTo(JournalWriter journal) { this.journal = journal; return this; }
    public MissionRunner onEvents(EventSink sink) { this.sink = sink; return this; }
    /** Checkpoint hashes to verify; a mismatch throws {@link ReplayDivergence}. */
    public MissionRunner verify(NavigableMap<Long, Long> expected) { this.expected = expected; return this; }
    /** Ends the run after the first tick at which this holds (a drill's end condition), journal end included. */
    public MissionRunner stopWhen(BooleanSupplier condition) { this.stopWhen = condition; return this; }

    /**
     * Runs until the mission ends (when {@code stopWhenEnded}), the {@link #stopWhen} condition holds,
     * or {@code maxTicks} ticks have run.
     */
    public Result run(long maxTicks, boolean stopWhenEnded) {
        List<SimEvent> last = List.of();
        while (mission.world().tick() < maxTicks && !(stopWhenEnded && mission.ended()) && !stopWhen.getAsBoolean()) {
            long tick = mission.world().tick() + 1;
            List<? extends Command> commands = source.commandsFor(tick, last);
            if (journal != null) journal.commands(tick, commands);
            last = mission.step(commands);
            sink.onTick(tick, last);
            // a checkpoint hash is for a journal or a verification; a plain run skips it (≈ 9 ms a second in a huge battle)
            if ((journal != null || expected != null) && mission.simulation().atCheckpoint()) checkpoint(tick);
        }
        long hash = mission.world().stateHash();
        if (expected != null && expected.containsKey(mission.world().tick())
                && expected.get(mission.world().tick()) != hash)
            throw new ReplayDivergence(mission.world().tick(), expected.get(mission.world().tick()), hash);
        if (journal != null) journal.end(mission.world().tick(), mission.outcome(), hash);
        return new Result(mission.world().tick(), hash, mission.outcome());
    }

    private void checkpoint(long tick) {
        long hash = mission.world().stateHash();
        if (journal != null) journal.checkpoint(tick, hash);
        if (expected != null) {
            Long want = expected.get(tick);
            if (want != null && want != hash) throw new ReplayDivergence(tick, want, hash);
        }
    }
}
