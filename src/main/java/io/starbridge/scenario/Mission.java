package io.starbridge.scenario;

import io.starbridge.sim.Simulation;
import io.starbridge.sim.World;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.SimEvent;
import java.util.List;

/**
 * A running scenario: the simulation, which ships the players crew, the briefing and the outcome.
 * Stepping after the outcome is allowed (the world goes on) but the outcome never changes.
 */
public final class Mission {
    private final String scenarioId;
    private final String size;
    private final Simulation simulation;
    private final List<Integer> playerShipIds;
    private final Intel intel;
    private final OutcomeRule outcomeRule;
    /** A mission file's triggers and timers, null for scenarios built in code. */
    private final MissionScript script;
    private String outcome;
    private long endTick = -1;

    public Mission(String scenarioId, String size, Simulation simulation, List<Integer> playerShipIds, Intel intel,
                   OutcomeRule outcomeRule) {
        this(scenarioId, size, simulation, playerShipIds, intel, outcomeRule, null);
    }

    /** A mission from a file: its script decides the outcome (and may add comms messages to a tick's events). */
    Mission(String scenarioId, Simulation simulation, List<Integer> playerShipIds, Intel intel, MissionScript script) {
        this(scenarioId, null, simulation, playerShipIds, intel, null, script);
    }

    private Mission(String scenarioId, String size, Simulation simulation, List<Integer> playerShipIds, Intel intel,
                    OutcomeRule outcomeRule, MissionScript script) {
        this.scenarioId = scenarioId;
        this.size = size;
        this.simulation = simulation;
        this.playerShipIds = List.copyOf(playerShipIds);
        this.intel = intel;
        this.outcomeRule = outcomeRule;
        this.script = script;
    }

    public String scenarioId() { return scenarioId; }
    public String size() { return size; }
    public World world() { return simulation.world(); }
    public Simulation simulation() { return simulation; }
    public List<Integer> playerShipIds() { return playerShipIds; }
    /** The briefing, or null for scenarios without one. */
    public Intel intel() { return intel; }
    /** The outcome once ended, else null. */
    public String outcome() { return outcome; }
    public boolean ended() { return outcome != null; }
    /** Tick at which the outcome was decided, -1 while running. */
    public long endTick() { return endTick; }

    /**
     * Steps one tick with the players' commands and evaluates the outcome. A file's triggers run every
     * tick, also after the outcome (their messages join the returned events); see {@link MissionScript}.
     */
    public List<SimEvent> step(List<? extends Command> commands) {
        List<SimEvent> events = simulation.step(commands);
        String decided = script != null ? script.afterStep(simulation.world(), events)
                : outcome == null ? outcomeRule.evaluate(simulation.world(), events) : null;
        if (outcome == null && decided != null) {
            outcome = decided;
            endTick = simulation.world().tick();
        }
        return events;
    }
}
