package io.starbridge.drill;

import io.starbridge.scenario.Mission;
import io.starbridge.sim.Tick;
import io.starbridge.sim.event.SimEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures one drill run from its events, tick by tick: when the start event happened, whether the end
 * condition has been met, and the drill's figures. It reads nothing but events, so a live run and the
 * replay of its journal give the same figures.
 */
public final class DrillMeasure {
    private final DrillSpec spec;
    private final MissionTimings timings;
    private final int startShip;
    private final int endShip;
    private long startTick = -1, endTick = -1;

    /** @throws IllegalArgumentException if the mission has no briefed target to time against */
    public DrillMeasure(DrillSpec spec, Mission mission) {
        this.spec = spec;
        this.timings = MissionTimings.forMission(mission);
        if (timings == null)
            throw new IllegalArgumentException("drill " + spec.id() + ": scenario " + mission.scenarioId()
                    + " has no player ship and briefed target to time");
        this.startShip = spec.start().ship().shipId(mission);
        this.endShip = spec.end().event() == null ? -1 : spec.end().event().ship().shipId(mission);
    }

    /** Feeds one tick's events (a {@code MissionRunner.EventSink}). */
    public void onTick(long tick, List<SimEvent> events) {
        for (SimEvent e : events) {
            timings.accept(e);
            if (startTick < 0 && spec.start().matches(e, startShip)) startTick = e.tick();
            // the end event counts only after the clock started, so an early cloak does not end drop-and-cloak
            else if (startTick >= 0 && endTick < 0 && spec.end().event() != null && spec.end().event().matches(e, endShip))
                endTick = e.tick();
        }
        if (startTick >= 0 && endTick < 0 && spec.end().figure() != null && timings.figures().containsKey(spec.end().figure()))
            endTick = tick;
    }

    public boolean ended() { return endTick >= 0; }

    /** Tick of the start event, -1 before it. */
    public long startTick() { return startTick; }

    /** Simulated ms from the start event to the end condition, or -1 if the run has not ended. */
    public long spanMs() { return ended() ? Tick.toMillis(endTick - startTick) : -1; }

    /** The drill's figures measured so far, in the file's order; empty until the end condition is met. */
    public Map<String, Long> figures() {
        Map<String, Long> out = new LinkedHashMap<>();
        if (!ended()) return out;
        Map<String, Long> all = timings.figures();
        for (String name : spec.figures()) if (all.containsKey(name)) out.put(name, all.get(name));
        return out;
    }
}
