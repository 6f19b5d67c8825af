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
        for (int i = 0, n = world.shipCount(); i < n; i++) {
            Ship ship = world.shipAt(i);
            if (ship.destroyed() || ship.derelict()) continue;
            // the usual case, decided without a scan: a standing (first) reactor means not all are destroyed
            Subsystem reactor = ship.subsystemOf(SubsystemKind.REACTOR);
            if (reactor != null && !reactor.destroyed()) continue;
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
        for (int i = 0, n = ship.subsystemCount(); i < n; i++) {
            Subsystem s = ship.subsystem(i);
            if (s.kind() == kind && !s.destroyed()) return false;
        }
        return true;
    }
}
