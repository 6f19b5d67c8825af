package io.starbridge.sim.weapons;

import io.starbridge.sim.Angles;
import io.starbridge.sim.SimSystem;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.event.BeamFired;
import io.starbridge.sim.ship.Kinematics;
import io.starbridge.sim.ship.MountKind;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.SubsystemKind;
import io.starbridge.sim.ship.WeaponMount;
import io.starbridge.sim.ship.WeaponsState;

/**
 * Beams fire, once released by the captain and ordered by weapons, from every charged mount whose
 * arc and range hold the target — a ship this ship's sensors detect this tick. They hit on the tick
 * they fire, for their damage times the weapons' effect (capped at 150 %). Also counts down every
 * mount's reload. Firing while cloaked drops the cloak (firing reveals).
 */
public final class BeamSystem implements SimSystem {
    @Override public void run(World world) {
        for (Ship ship : world.ships()) {
            if (!ship.present()) continue;
            WeaponsState w = ship.weapons;
            for (int i = 0; i < w.cooldownTicks.length; i++) if (w.cooldownTicks[i] > 0) w.cooldownTicks[i]--;
            if (w.released && w.beamsFiring && w.targetShipId >= 0) fire(world, ship);
        }
    }

    private static void fire(World world, Ship ship) {
        WeaponsState w = ship.weapons;
        // beams spend most ticks recharging: skip the geometry (atan2 is dear) when none could fire
        if (!anyBeamCharged(ship)) return;
        Ship target = world.ship(w.targetShipId);
        if (target == null || !target.present() || !ship.contacts.detects(target.id())) return;
        double effect = StrictMath.min(1.5, ship.effect(SubsystemKind.WEAPONS));
        if (effect <= 0) return;
        int subsystemIndex = w.targetSubsystemId == null ? -1 : target.hull().subsystemIndex(w.targetSubsystemId);
        Kinematics me = ship.motion;
        double distance = me.distanceTo(target.motion) - target.hull().radius();
        double bearing = Angles.bearing(me.x, me.y, target.motion.x, target.motion.y);
        boolean fired = false;
        for (int i = 0; i < w.cooldownTicks.length; i++) {
            WeaponMount mount = ship.hull().mounts().get(i);
            if (mount.kind() != MountKind.BEAM || w.cooldownTicks[i] > 0) continue;
            if (distance > mount.range() || !Angles.within(me.heading + mount.facing(), mount.halfArc(), bearing)) continue;
            w.cooldownTicks[i] = Tick.ofSeconds(mount.cycleSeconds());
            world.emit(new BeamFired(world.tick(), ship.id(), i, target.id(),
                    subsystemIndex >= 0 ? w.targetSubsystemId : null));
            DamageModel.hit(world, ship.id(), me.x, me.y, target, subsystemIndex, mount.damage() * effect, "beam");
            fired = true;
        }
        if (fired) DamageModel.revealByFiring(world, ship);
    }

    private static boolean anyBeamCharged(Ship ship) {
        int[] cooldown = ship.weapons.cooldownTicks;
        for (int i = 0; i < cooldown.length; i++)
            if (cooldown[i] == 0 && ship.hull().mounts().get(i).kind() == MountKind.BEAM) return true;
        return false;
    }
}
