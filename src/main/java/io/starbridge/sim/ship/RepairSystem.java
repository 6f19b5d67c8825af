package io.starbridge.sim.ship;

import io.starbridge.sim.SimSystem;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;

/**
 * The repair crew restores health to the one subsystem engineering sent it to, at the hull's repair
 * rate (needs life support standing). Destroyed subsystems cannot be repaired in flight.
 */
public final class RepairSystem implements SimSystem {
    @Override public void run(World world) {
        for (int i = 0, n = world.shipCount(); i < n; i++) {
            Ship ship = world.shipAt(i);
            if (ship.repairIndex < 0 || ship.destroyed()) continue;
            Subsystem s = ship.subsystem(ship.repairIndex);
            if (s.destroyed() || s.health() >= s.spec().maxHealth()) {
                ship.repairIndex = -1;
                continue;
            }
            Subsystem life = ship.subsystemOf(SubsystemKind.LIFE_SUPPORT);
            if (life != null && life.destroyed()) continue;
            s.repair(ship.hull().repairPerSecond() * Tick.DT);
        }
    }
}
