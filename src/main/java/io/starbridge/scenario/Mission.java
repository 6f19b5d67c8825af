package io.starbridge.scenario;

import io.starbridge.sim.Simulation;
import io.starbridge.sim.World;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.SimEvent;
import java.util.List;
import java.util.Map;

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
    /** The bot crews' profiles by player ship id, as the file set them; a ship not in it has {@link BotProfile#DRILLED}. */
    private final Map<Integer, BotProfile> botProfiles;
    private String outcome;
    private long endTick = -1;

    public Mission(String scenarioId, String size, Simulation simulation, List<Integer> playerShipIds, Intel intel,
                   OutcomeRule outcomeRule) {
        this(scenarioId, size, simulation, playerShipIds, intel, outcomeRule, null, Map.of());
    }

    /**
     * A mission from a file: its script decides the outcome (and may add comms messages to a tick's events);
     * {@code botProfiles} are its player ships' bot crews by ship id.
     */
    Mission(String scenarioId, Simulation simulation, List<Integer> playerShipIds, Intel intel, MissionScript script,
            Map<Integer, BotProfile> botProfiles) {
        this(scenarioId, null, simulation, playerShipIds, intel, null, script, botProfiles);
    }

    private Mission(String scenarioId, String size, Simulation simulation, List<Integer> playerShipIds, Intel intel,
                    OutcomeRule outcomeRule, MissionScript script, Map<Integer, BotProfile> botProfiles) {
        this.scenarioId = scenarioId;
        this.size = size;
        this.simulation = simulation;
        this.playerShipIds = List.copyOf(playerShipIds);
        this.intel = intel;
        this.outcomeRule = outcomeRule;
        this.script = script;
        this.botProfiles = Map.copyOf(botProfiles);
    }

    /**
     * Everything of a running mission that changes as it runs — the world, a file's script (fired
     * triggers, running timers, done objectives), the outcome — as one serializable value: the content of a snapshot
     * (docs/RELIABILITY.md). It holds the live objects: serialize it between ticks, at once.
     */
    public record State(World world, java.io.Serializable script, OutcomeRule outcomeRule, String outcome, long endTick)
            implements java.io.Serializable {}

    /** This mission's state now (live objects; serialize before the next step). */
    public State state() { return new State(simulation.world(), script, outcomeRule, outcome, endTick); }

    /**
     * This mission (as {@code scenario.start} made it: same scenario, seed and size) carried on from a
     * state a snapshot of the same mission kept.
     * @throws IllegalArgumentException if the state cannot belong to this mission
     */
    public Mission restoredTo(State state) {
        if ((script == null) != (state.script() == null) || (state.script() != null && !(state.script() instanceof MissionScript))
                || (outcomeRule == null) != (state.outcomeRule() == null)
                || (outcomeRule != null && outcomeRule.getClass() != state.outcomeRule().getClass()))
            throw new IllegalArgumentException("the snapshot's mission script or outcome rule does not fit mission " + scenarioId);
        if (state.world().seed() != simulation.world().seed())
            throw new IllegalArgumentException("the snapshot's world has seed " + state.world().seed() + ", the mission "
                    + simulation.world().seed());
        Mission restored = new Mission(scenarioId, size, new Simulation(state.world()), playerShipIds, intel,
                state.outcomeRule(), (MissionScript) state.script(), botProfiles);
        restored.outcome = state.outcome();
        restored.endTick = state.endTick();
        return restored;
    }

    public String scenarioId() { return scenarioId; }
    public String size() { return size; }
    public World world() { return simulation.world(); }
    public Simulation simulation() { return simulation; }
    public List<Integer> playerShipIds() { return playerShipIds; }
    /**
     * How the bot crew of a player ship plays: the file's {@code bots:} for that ship, else (and for the
     * scenarios built in code) {@link BotProfile#DRILLED}. Fixed for the mission: not part of its state.
     */
    public BotProfile botProfile(int playerShipId) { return botProfiles.getOrDefault(playerShipId, BotProfile.DRILLED); }
    /** The briefing, or null for scenarios without one. */
    public Intel intel() { return intel; }
    /**
     * The file's objectives with their done flags now (file order; kept in the script, so a snapshot keeps
     * them); empty for a file without {@code objectives:} and for the scenarios built in code.
     */
    public List<ObjectiveStatus> objectives() { return script == null ? List.of() : script.objectives(); }
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
