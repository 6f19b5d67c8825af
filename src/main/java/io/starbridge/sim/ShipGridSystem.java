package io.starbridge.sim;

import io.starbridge.sim.ship.Kinematics;
import io.starbridge.sim.ship.Ship;

/**
 * Rebuilds the ship grid, and its split by faction, from this tick's positions; ships in hyperspace or
 * destroyed are left out.
 */
final class ShipGridSystem implements SimSystem {
    @Override public void run(World world) {
        SpatialGrid grid = world.shipGrid();
        FactionShipGrids byFaction = world.shipGridsByFaction();
        grid.clear();
        byFaction.clear();
        for (int i = 0, n = world.shipCount(); i < n; i++) {
            Ship s = world.shipAt(i);
            if (s.present()) {
                Kinematics m = s.motion;
                grid.insert(s.id(), m.x, m.y);
                byFaction.insert(s.faction(), s.id(), m.x, m.y);
            }
        }
    }
}
