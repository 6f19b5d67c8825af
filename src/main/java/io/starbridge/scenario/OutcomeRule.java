package io.starbridge.scenario;

import io.starbridge.sim.World;
import io.starbridge.sim.event.SimEvent;
import java.util.List;

/** Decides from a tick's events whether the mission has ended. */
@FunctionalInterface
public interface OutcomeRule extends java.io.Serializable {
    /** @return the outcome name once the mission has ended, null while it runs */
    String evaluate(World world, List<SimEvent> events);
}
