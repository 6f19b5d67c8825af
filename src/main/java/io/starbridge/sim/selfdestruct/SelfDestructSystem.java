package io.starbridge.sim.selfdestruct;

import io.starbridge.sim.SimSystem;
import io.starbridge.sim.World;
import io.starbridge.sim.event.SelfDestructDetonated;
import io.starbridge.sim.event.ShipDestroyed;
import io.starbridge.sim.event.ShipHit;
import io.starbridge.sim.ship.Ship;

/**
 * Counts armed self-destructs down and detonates them: the ship is destroyed, and every other ship
 * in normal space within the blast radius (measured to its hull) takes hull damage falling linearly
 * with distance. A ship destroyed otherwise while armed never detonates.
 */
public final class SelfDestructSystem implements SimSystem {
    @Override public void run(World world) {
        SelfDestructs selfDestructs = world.selfDestructs();
        // most scenarios fit none: skip creating the (read-only view's) iterator
        if (selfDestructs.isEmpty()) return;
        for (SelfDestruct sd : selfDestructs.all()) {
            if (!sd.armed) continue;
            Ship ship = world.ship(sd.shipId());
            if (ship.destroyed()) {
                sd.armed = false;
                continue;
            }
            if (world.tick() < sd.detonationTick) continue;
            detonate(world, sd, ship);
        }
    }

    private static void detonate(World world, SelfDestruct sd, Ship ship) {
        sd.armed = false;
        sd.detonated = true;
        double x = ship.motion.x, y = ship.motion.y;
        ship.markDestroyed();
        world.emit(new SelfDestructDetonated(world.tick(), ship.id(), x, y, sd.blastRadius()));
        world.emit(new ShipDestroyed(world.tick(), ship.id()));
        for (Ship other : world.ships()) {
            if (other == ship || !other.present()) continue;
            double gap = other.motion.distanceTo(x, y) - other.hull().radius();
            double damage = sd.damageAt(gap);
            if (damage <= 0) continue;
            world.emit(new ShipHit(world.tick(), other.id(), ship.id(), "self-destruct", null, 0, damage, 0));
            if (other.damageHull(damage)) world.emit(new ShipDestroyed(world.tick(), other.id()));
        }
    }
}
