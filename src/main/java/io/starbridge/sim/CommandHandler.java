package io.starbridge.sim;

import io.starbridge.sim.command.Command;
import io.starbridge.sim.ship.Ship;

/**
 * Applies one kind of command to its ship after the common checks (values, ship, role) passed.
 * Must change nothing when it rejects.
 */
@FunctionalInterface
public interface CommandHandler<C extends Command> {
    /** @return null if applied, otherwise the reason it was rejected */
    String apply(World world, Ship ship, C command);
}
