package io.starbridge.sim;

import io.starbridge.sim.command.Command;
import java.util.List;

/**
 * A crew that lives inside the simulation (the enemy AI). At the end of each tick it reads the
 * world as its ship's sensors show it and issues commands, applied at the start of the next tick
 * exactly like a human crew's. Its memory is part of the world state.
 */
public interface Crew extends java.io.Serializable {
    void decide(World world, List<Command> out);

    void hashInto(StateHash hash);
}
