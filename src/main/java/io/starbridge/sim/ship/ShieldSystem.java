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
        for (Ship ship : world.ships()) {
            if (ship.destroyed()) continue;
            Subsystem emitters = ship.subsystemOf(SubsystemKind.SHIELDS);
            if (ship.cloak.engaged || emitters == null || emitters.destroyed()) {
                ship.shieldFront = 0;
                ship.shieldRear = 0;
                continue;
            }
            double regen = ship.hull().shieldRecharge() * emitters.effect() * Tick.DT;
            ship.shieldFront = StrictMath.min(ship.hull().shieldFront(), ship.shieldFront + regen);
            ship.shieldRear = StrictMath.min(ship.hull().shieldRear(), ship.shieldRear + regen);
        }
    }
}
