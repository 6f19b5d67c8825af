package io.starbridge.sim.ship;

import io.starbridge.sim.SimSystem;
import io.starbridge.sim.World;
import io.starbridge.sim.event.BecameDerelict;

/**
 * A ship whose reactor, drives and weapons are all destroyed becomes a derelict: dark, powerless,
 * drifting. Emitted once.
 */
public final class StatusSystem implements SimSystem {
    @Override public void run(World world) {
        for (Ship ship : world.ships()) {
            if (ship.destroyed() || ship.derelict()) continue;
            if (allDestroyed(ship, SubsystemKind.REACTOR) && allDestroyed(ship, SubsystemKind.DRIVE)
                    && allDestroyed(ship, SubsystemKind.WEAPONS)) {
                ship.markDerelict();
                ship.helm.throttle = 0;
                ship.helm.strafe = 0;
                world.emit(new BecameDerelict(world.tick(), ship.id()));
            }
        }
    }

    private static boolean allDestroyed(Ship ship, SubsystemKind kind) {
        for (int i = 0; i < ship.subsystemCount(); i++) {
            Subsystem s = ship.subsystem(i);
            if (s.kind() == kind && !s.destroyed()) return false;
        }
        return true;
    }
}
