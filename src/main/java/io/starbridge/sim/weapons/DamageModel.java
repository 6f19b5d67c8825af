package io.starbridge.sim.weapons;

import io.starbridge.sim.Angles;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.event.CloakDisengaged;
import io.starbridge.sim.event.ShipDestroyed;
import io.starbridge.sim.event.ShipHit;
import io.starbridge.sim.event.SubsystemDestroyed;
import io.starbridge.sim.ship.CloakState;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;

/**
 * How a hit lands: the shield facing the shot (front arc ±90° of the heading, else rear) absorbs
 * what it can; the rest damages the hit subsystem in full and the hull by {@link #HULL_SHARE}.
 * The target remembers its attacker and where the shot came from (firing reveals).
 */
final class DamageModel {
    /** Share of the damage past the shields that also goes to the hull. */
    static final double HULL_SHARE = 0.5;

    private DamageModel() {}

    /**
     * @param subsystemIndex index on the target's hull, or -1 to hit the subsystem nearest (fromX, fromY)
     * @param fromX where the shot came from (attacker or blast centre), metres
     */
    static void hit(World world, int attackerId, double fromX, double fromY, Ship target, int subsystemIndex,
                    double amount, String weapon) {
        if (!target.present() || amount <= 0) return;
        double bearing = Angles.bearing(target.motion.x, target.motion.y, fromX, fromY);
        boolean front = StrictMath.abs(Angles.delta(target.motion.heading, bearing)) <= StrictMath.PI / 2;
        double shield = front ? target.shieldFront : target.shieldRear;
        double absorbed = StrictMath.min(shield, amount);
        if (front) target.shieldFront -= absorbed; else target.shieldRear -= absorbed;
        double rest = amount - absorbed;

        int index = subsystemIndex >= 0 ? subsystemIndex : nearestSubsystem(target, fromX, fromY);
        Subsystem hitSubsystem = target.subsystem(index);
        double subsystemDamage = hitSubsystem.destroyed() ? 0 : StrictMath.min(rest, hitSubsystem.health());
        double hullDamage = rest * HULL_SHARE;
        target.lastAttackerId = attackerId;
        target.lastAttackedTick = world.tick();
        target.lastAttackerX = fromX;
        target.lastAttackerY = fromY;
        world.emit(new ShipHit(world.tick(), target.id(), attackerId, weapon, hitSubsystem.id(), absorbed,
                hullDamage, subsystemDamage));
        if (hitSubsystem.damage(rest))
            world.emit(new SubsystemDestroyed(world.tick(), target.id(), hitSubsystem.id(), hitSubsystem.critical()));
        if (target.damageHull(hullDamage)) world.emit(new ShipDestroyed(world.tick(), target.id()));
    }

    /** The subsystem closest to a point, ties to the lower index. */
    static int nearestSubsystem(Ship ship, double px, double py) {
        double cos = StrictMath.cos(ship.motion.heading), sin = StrictMath.sin(ship.motion.heading);
        double dx = px - ship.motion.x, dy = py - ship.motion.y;
        // the point in the hull's frame: x forward, y to the left
        double fx = dx * cos + dy * sin, fy = -dx * sin + dy * cos;
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < ship.subsystemCount(); i++) {
            var spec = ship.subsystem(i).spec();
            double ex = spec.x() - fx, ey = spec.y() - fy, d = ex * ex + ey * ey;
            if (d < bestD) { bestD = d; best = i; }
        }
        return best;
    }

    /** Drops the attacker's cloak when it fires (firing reveals), with the re-engage lockout. */
    static void revealByFiring(World world, Ship shooter) {
        if (!shooter.cloak.engaged) return;
        shooter.cloak.engaged = false;
        shooter.cloak.ordered = false;
        shooter.cloak.lockoutTicks = Tick.ofSeconds(CloakState.REVEAL_LOCKOUT_SECONDS);
        world.emit(new CloakDisengaged(world.tick(), shooter.id(), "fired"));
    }
}
