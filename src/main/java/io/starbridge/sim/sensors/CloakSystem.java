package io.starbridge.sim.sensors;

import io.starbridge.sim.SimSystem;
import io.starbridge.sim.World;
import io.starbridge.sim.event.CloakDisengaged;
import io.starbridge.sim.event.CloakEngaged;
import io.starbridge.sim.ship.CloakState;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import io.starbridge.sim.ship.SubsystemKind;

/**
 * Brings the cloak in line with engineering's order. An order applied at the start of a tick
 * engages the cloak in that same tick, before sensors sweep. The cloak drops by itself when its
 * subsystem is destroyed or got less than half the power it asked for last tick (a dead reactor).
 * See {@link CloakState} for the firing rule.
 */
public final class CloakSystem implements SimSystem {
    /** Below this share of its power ask the cloak collapses. */
    static final double MIN_SATISFACTION = 0.5;

    @Override public void run(World world) {
        for (int i = 0, n = world.shipCount(); i < n; i++) {
            Ship ship = world.shipAt(i);
            if (ship.destroyed() || !ship.hull().hasCloak()) continue;
            CloakState cloak = ship.cloak;
            if (cloak.lockoutTicks > 0) cloak.lockoutTicks--;
            // a cloak neither engaged nor ordered, or ordered but locked out, has nothing to change
            if (!cloak.engaged && (!cloak.ordered || cloak.lockoutTicks != 0)) continue;
            boolean working = working(ship);
            if (cloak.engaged && !working) {
                cloak.engaged = false;
                cloak.ordered = false;
                world.emit(new CloakDisengaged(world.tick(), ship.id(), "no-power"));
            } else if (cloak.engaged && !cloak.ordered) {
                cloak.engaged = false;
                world.emit(new CloakDisengaged(world.tick(), ship.id(), "ordered"));
            } else if (!cloak.engaged && cloak.ordered && working && cloak.lockoutTicks == 0) {
                cloak.engaged = true;
                world.emit(new CloakEngaged(world.tick(), ship.id()));
            }
        }
    }

    /** The device stands, got at least half its ask last tick, and the reactor stands. */
    private static boolean working(Ship ship) {
        Subsystem device = ship.subsystemOf(SubsystemKind.CLOAK);
        return device != null && !device.destroyed() && device.satisfaction() >= MIN_SATISFACTION
                && !ship.subsystemOf(SubsystemKind.REACTOR).destroyed();
    }
}
