package io.starbridge.bot;

import io.starbridge.scenario.Intel;
import io.starbridge.sim.Angles;
import io.starbridge.sim.World;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Kinematics;
import io.starbridge.sim.ship.Subsystem;
import io.starbridge.sim.weapons.Torpedo;
import java.util.List;

/**
 * What a bot may look at: its own ship, the briefing, and other ships only as far as its own
 * sensors detect them (and their subsystems only once scanned).
 */
final class BotView {
    private final World world;
    private final Ship own;
    private final Intel intel;

    BotView(World world, Ship own, Intel intel) {
        this.world = world;
        this.own = own;
        this.intel = intel;
    }

    long tick() { return world.tick(); }
    World world() { return world; }

    /**
     * The interiors: the away-team bot reads its own team, the deck plans (the ship's schematics) and
     * the doors its members stand at; helm reads its docking clamp.
     */
    io.starbridge.sim.interior.Interiors interiors() { return world.interiors(); }

    /** The self-destruct of a ship (its countdown shows on every station), or null. */
    io.starbridge.sim.selfdestruct.SelfDestruct selfDestruct(int shipId) { return world.selfDestructs().of(shipId); }

    /** The briefed target ship, whether or not the sensors see it (for boarding, once alongside). */
    Ship target() { return world.ship(intel.targetShipId()); }
    Ship own() { return own; }
    Intel intel() { return intel; }

    /** The briefed target if the sensors detect it now, else null. */
    Ship detectedTarget() {
        int id = intel.targetShipId();
        return own.contacts.detects(id) ? world.ship(id) : null;
    }

    /** True once science has scanned the briefed target. */
    boolean targetScanned() { return own.contacts.scanned(intel.targetShipId()); }

    /** A subsystem of the briefed target, visible only once scanned; null otherwise. */
    Subsystem scannedSubsystem(String id) {
        if (!targetScanned()) return null;
        return world.ship(intel.targetShipId()).subsystem(id);
    }

    /**
     * Nearest hostile torpedo closing on this ship within its sensor range (what the radar shows),
     * as {distance m, bearing rad}, or null.
     */
    double[] nearestIncomingTorpedo() {
        double best = Double.MAX_VALUE;
        // where the nearest one is, metres: its bearing (an atan2) is taken once, for it alone
        double bestX = 0, bestY = 0;
        double range = own.hull().sensorRange();
        int faction = own.faction();
        Kinematics me = own.motion;
        List<Torpedo> torpedoes = world.torpedoes();
        for (int i = 0, n = torpedoes.size(); i < n; i++) {
            Torpedo t = torpedoes.get(i);
            if (!t.alive() || t.faction() == faction) continue;
            double tx = t.x(), ty = t.y();
            double d = me.distanceTo(tx, ty);
            if (d > range || d >= best) continue;
            double toUs = Angles.bearing(tx, ty, me.x, me.y);
            if (StrictMath.abs(Angles.delta(t.heading(), toUs)) > 0.6) continue;
            best = d;
            bestX = tx;
            bestY = ty;
        }
        return best == Double.MAX_VALUE ? null : new double[] {best, Angles.bearing(me.x, me.y, bestX, bestY)};
    }
}
