package io.starbridge.sim.ai;

import io.starbridge.sim.ContactBook;
import io.starbridge.sim.SpatialGrid;
import io.starbridge.sim.World;
import io.starbridge.sim.ship.Ship;

/**
 * Finds the nearest hostile ship a ship's sensors detect now: present, of another faction, not
 * derelict; nearest by squared distance, ties to the lower id.
 *
 * <p>In a fleet battle a ship detects hundreds of others, so it first asks the world's ship grid
 * for ships within {@link #SEARCH_RADII} (the nearest hostile is usually close), rejecting by the
 * grid's packed positions before touching a ship, and only if none qualifies scans every contact. The answer is the same either way: any qualifying contact
 * within a search radius beats every one outside it, and the grid holds every present ship at
 * its position of this tick (ships do not move after the grid is built). So a small world skips the
 * grid and scans every contact at once.
 */
final class NearestHostile implements SpatialGrid.PointVisitor {
    /** Radii (m) of the grid searches, tried in order, before scanning every contact. */
    static final double[] SEARCH_RADII = {2_000, 6_000};

    private final World world;
    private final Ship ship;
    private Ship best;
    private double bestD;

    private NearestHostile(World world, Ship ship) {
        this.world = world;
        this.ship = ship;
    }

    /**
     * Worlds of at most this many ships (a mission's handful) scan the contacts directly: the grid
     * searches would make the grid build its index every tick for two or three ships.
     */
    static final int DIRECT_SCAN_MAX_SHIPS = 32;

    /** The nearest detected hostile, or null. */
    static Ship of(World world, Ship ship) {
        if (world.shipCount() <= DIRECT_SCAN_MAX_SHIPS) return amongAllContacts(world, ship);
        NearestHostile search = new NearestHostile(world, ship);
        for (double radius : SEARCH_RADII) {
            search.best = null;
            search.bestD = Double.MAX_VALUE;
            world.shipGrid().queryPointsWithin(ship.motion.x, ship.motion.y, radius, search);
            if (search.best != null) return search.best;
        }
        return amongAllContacts(world, ship);
    }

    @Override public void visit(int id, double x, double y) {
        // the grid's position is the ship's (ships do not move after the grid is built), so this is
        // exactly ship.motion.distanceSquaredTo(other.motion.x, other.motion.y)
        double dx = x - ship.motion.x, dy = y - ship.motion.y;
        double d = dx * dx + dy * dy;
        if (d > bestD || (d == bestD && id > best.id())) return;
        if (world.factionOf(id) == ship.faction() || !ship.contacts.detects(id)) return;
        Ship other = world.ship(id);
        if (!qualifies(other)) return;
        bestD = d;
        best = other;
    }

    private boolean qualifies(Ship other) {
        return other.present() && ship.hostileTo(other) && !other.derelict();
    }

    /** Every contact in ascending id order; the first at the least distance wins. */
    private static Ship amongAllContacts(World world, Ship ship) {
        ContactBook contacts = ship.contacts;
        Ship best = null;
        double bestD = Double.MAX_VALUE;
        for (int id = contacts.nextDetected(0); id >= 0; id = contacts.nextDetected(id + 1)) {
            if (world.factionOf(id) == ship.faction()) continue;  // friendly: skip without touching it
            Ship other = world.ship(id);
            if (!other.present() || !ship.hostileTo(other) || other.derelict()) continue;
            double d = ship.motion.distanceSquaredTo(other.motion.x, other.motion.y);
            if (d < bestD) { bestD = d; best = other; }
        }
        return best;
    }
}
