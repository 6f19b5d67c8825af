package io.starbridge.sim.ship;

import io.starbridge.sim.SimSystem;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;

/**
 * Shields recharge with the shield emitters' effect. An engaged cloak lowers them to zero and holds
 * them there; destroyed emitters leave none.
 */
public final class ShieldSystem implements SimSystem {
    @Override public void run(World world) {
        for (int i = 0, n = world.shipCount(); i < n; i++) {
            Ship ship = world.shipAt(i);
            if (ship.destroyed()) continue;
            Subsystem emitters = ship.subsystemOf(SubsystemKind.SHIELDS);
            if (ship.cloak.engaged || emitters == null || emitters.destroyed()) {
                ship.shieldFront = 0;
                ship.shieldRear = 0;
                continue;
            }
            HullClass hull = ship.hull();
            double maxFront = hull.shieldFront(), maxRear = hull.shieldRear();
            // full shields stay full: the recharge is never negative, so min(max, max + regen) = max
            if (ship.shieldFront == maxFront && ship.shieldRear == maxRear) continue;
            double regen = hull.shieldRecharge() * emitters.effect() * Tick.DT;
            ship.shieldFront = StrictMath.min(maxFront, ship.shieldFront + regen);
            ship.shieldRear = StrictMath.min(maxRear, ship.shieldRear + regen);
        }
    }
}
