package io.starbridge.sim.ai;

import io.starbridge.sim.ContactBook;
import io.starbridge.sim.FactionShipGrids;
import io.starbridge.sim.SpatialGrid;
import io.starbridge.sim.World;
import io.starbridge.sim.ship.Ship;

/**
 * Finds the nearest hostile ship a ship's sensors detect now: present, of another faction, not
 * derelict; nearest by squared distance, ties to the lower id.
 *
 * <p>In a fleet battle a ship detects hundreds of others, so it asks the other factions' ship grids
 * for their ships nearest cells first ({@link SpatialGrid#queryNearestFirst}), rejecting by the grid's
 * packed positions before touching a ship; once one qualifies, cells farther than it are never looked at.
 * Only if none qualifies does it scan every contact. The answer is the same either way: the grids offer
 * every ship at most as far as the best found, and hold every present ship of another faction at its
 * position of this tick (ships do not move after the grid is built). A small world skips the grids and
 * scans every contact at once.
 */
final class NearestHostile implements SpatialGrid.NearestVisitor {

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
        // only the other factions' grids: together they hold every present ship of another faction, which
        // is every ship that can qualify, at the same positions as the whole ship grid
        FactionShipGrids byFaction = world.shipGridsByFaction();
        search.best = null;
        search.bestD = Double.MAX_VALUE;
        for (int g = 0, n = byFaction.count(); g < n; g++) {
            if (byFaction.factionAt(g) == ship.faction()) continue;
            byFaction.gridAt(g).queryNearestFirst(ship.motion.x, ship.motion.y, search);
        }
        if (search.best != null) return search.best;
        return amongAllContacts(world, ship);
    }

    /** Ships farther than the best so far cannot win; one as far wins only with a lower id. */
    @Override public double limit() { return bestD; }

    @Override public void visit(int id, double x, double y) {
        // the grid's position is the ship's (ships do not move after the grid is built), so this is
        // exactly ship.motion.distanceSquaredTo(other.motion.x, other.motion.y)
        double dx = x - ship.motion.x, dy = y - ship.motion.y;
        double d = dx * dx + dy * dy;
        // (with no best yet, bestD is MAX_VALUE, which amongAllContacts' strict test never takes either)
        if (d > bestD || (d == bestD && (best == null || id > best.id()))) return;
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
