package io.starbridge.sim.weapons;

import io.starbridge.sim.Angles;
import io.starbridge.sim.SimSystem;
import io.starbridge.sim.SpatialGrid;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.event.TorpedoDetonated;
import io.starbridge.sim.ship.Ship;
import java.util.List;
import java.util.function.Predicate;

/**
 * Flies torpedoes at constant speed. A homing torpedo steers at its target while the target is
 * present and not cloaked beyond the launcher's cloak detection range, and hits when it reaches the
 * hull; otherwise it flies to its aim point and detonates there, hitting every ship (not its own)
 * within its blast radius. Torpedoes that run out of fuel vanish. Dead torpedoes leave the world
 * at the end of this system.
 */
public final class TorpedoFlightSystem implements SimSystem {
    /** Largest hull radius that a blast query must reach past its own radius, metres. */
    private static final double MAX_SHIP_RADIUS = 1_000;
    /** A constant, so its lambda is linked when the system is made, not at the first torpedo's end. */
    private static final Predicate<Torpedo> DEAD = t -> !t.alive;
    private int blastCount;
    private int[] blastHits = new int[16];
    // the current blast, read by the grid visitor (made once with the system: nothing to link mid-run)
    private World blastWorld;
    private Torpedo blastTorpedo;
    private final SpatialGrid.ItemVisitor considerBlast = this::considerBlast;

    @Override public void run(World world) {
        List<Torpedo> torpedoes = world.torpedoes();
        if (torpedoes.isEmpty()) return;
        boolean anyDead = false;
        for (int i = 0, n = torpedoes.size(); i < n; i++) {
            Torpedo t = torpedoes.get(i);
            if (t.alive) fly(world, t);
            if (!t.alive) anyDead = true;
        }
        // most ticks nothing died: skip the removal pass
        if (anyDead) torpedoes.removeIf(DEAD);
    }

    private void fly(World world, Torpedo t) {
        if (--t.ticksLeft <= 0) {
            t.alive = false;
            return;
        }
        Ship target = t.targetShipId >= 0 ? world.ship(t.targetShipId) : null;
        boolean seeking = target != null && target.present() && seekerSees(world, t, target);
        if (seeking) {
            t.aimX = target.motion.x;
            t.aimY = target.motion.y;
        }
        double desired = Angles.bearing(t.x, t.y, t.aimX, t.aimY);
        double maxTurn = t.spec.turnRate() * Tick.DT;
        t.heading = Angles.normalize(t.heading + StrictMath.max(-maxTurn, StrictMath.min(maxTurn, Angles.delta(t.heading, desired))));
        double step = t.spec.speed() * Tick.DT;
        t.x += StrictMath.cos(t.heading) * step;
        t.y += StrictMath.sin(t.heading) * step;

        double dx = t.aimX - t.x, dy = t.aimY - t.y;
        double toAim = StrictMath.sqrt(dx * dx + dy * dy);
        if (seeking) {
            if (toAim <= target.hull().radius() + step) {
                int index = t.targetSubsystemId == null ? -1 : target.hull().subsystemIndex(t.targetSubsystemId);
                t.alive = false;
                world.emit(new TorpedoDetonated(world.tick(), t.id, t.x, t.y, target.id()));
                DamageModel.hit(world, t.ownerId, t.x, t.y, target, index, t.spec.damage(), "torpedo");
            }
        } else if (toAim <= step) {
            detonate(world, t);
        }
    }

    private static boolean seekerSees(World world, Torpedo t, Ship target) {
        if (!target.cloak.engaged) return true;
        Ship owner = world.ship(t.ownerId);
        double range = owner == null ? 0 : owner.hull().cloakDetectionRange();
        return target.motion.distanceTo(t.x, t.y) <= range;
    }

    /** Adds ship {@code id} to the blast's hits if it is present, not the launcher, and within reach of its hull. */
    private void considerBlast(int id) {
        Torpedo t = blastTorpedo;
        Ship s = blastWorld.ship(id);
        if (s.id() == t.ownerId || !s.present()) return;
        double reach = t.spec.blastRadius() + s.hull().radius();
        if (s.motion.distanceSquaredTo(t.x, t.y) <= reach * reach) {
            if (blastCount == blastHits.length) blastHits = java.util.Arrays.copyOf(blastHits, blastCount * 2);
            blastHits[blastCount++] = id;
        }
    }

    /** A point detonation: every present ship but the launcher within the blast takes damage. */
    private void detonate(World world, Torpedo t) {
        t.alive = false;
        blastCount = 0;
        blastWorld = world;
        blastTorpedo = t;
        world.shipGrid().query(t.x, t.y, t.spec.blastRadius() + MAX_SHIP_RADIUS, considerBlast);
        blastWorld = null;
        blastTorpedo = null;
        java.util.Arrays.sort(blastHits, 0, blastCount);
        world.emit(new TorpedoDetonated(world.tick(), t.id, t.x, t.y, blastCount > 0 ? blastHits[0] : -1));
        for (int i = 0; i < blastCount; i++)
            DamageModel.hit(world, t.ownerId, t.x, t.y, world.ship(blastHits[i]), -1, t.spec.damage(), "torpedo");
    }
}
