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
import java.util.List;

/**
 * Beams fire, once released by the captain and ordered by weapons, from every charged mount whose
 * arc and range hold the target — a ship this ship's sensors detect this tick. They hit on the tick
 * they fire, for their damage times the weapons' effect (capped at 150 %). Also counts down every
 * mount's reload. Firing while cloaked drops the cloak (firing reveals).
 */
public final class BeamSystem implements SimSystem {
    /**
     * Which of a hull's mounts are beams, by mount index — point-defence mounts never cycle here, so
     * they sit at zero cooldown and a charge check would otherwise look each one up every tick.
     */
    private final HullFacts<boolean[]> beamMounts = new HullFacts<>(hull -> {
        List<WeaponMount> mounts = hull.mounts();
        boolean[] isBeam = new boolean[mounts.size()];
        for (int i = 0; i < isBeam.length; i++) isBeam[i] = mounts.get(i).kind() == MountKind.BEAM;
        return isBeam;
    });

    @Override public void run(World world) {
        for (int s = 0, n = world.shipCount(); s < n; s++) {
            Ship ship = world.shipAt(s);
            if (!ship.present()) continue;
            WeaponsState w = ship.weapons;
            int[] cooldown = w.cooldownTicks;
            for (int i = 0; i < cooldown.length; i++) if (cooldown[i] > 0) cooldown[i]--;
            if (w.released && w.beamsFiring && w.targetShipId >= 0) fire(world, ship, beamMounts.of(ship));
        }
    }

    /** @param isBeam by mount index, whether the mount is a beam */
    private static void fire(World world, Ship ship, boolean[] isBeam) {
        WeaponsState w = ship.weapons;
        // beams spend most ticks recharging: skip the geometry (atan2 is dear) when none could fire
        if (!anyBeamCharged(w.cooldownTicks, isBeam)) return;
        Ship target = world.ship(w.targetShipId);
        if (target == null || !target.present() || !ship.contacts.detects(target.id())) return;
        double effect = StrictMath.min(1.5, ship.effect(SubsystemKind.WEAPONS));
        if (effect <= 0) return;
        Kinematics me = ship.motion;
        double distance = me.distanceTo(target.motion) - target.hull().radius();
        // the bearing (atan2) and the subsystem lookup only once a mount has the target in range:
        // a target out of beam range, the common case in a big battle, needs neither
        double bearing = 0;
        boolean inRange = false;
        int subsystemIndex = -1;
        boolean fired = false;
        List<WeaponMount> mounts = ship.hull().mounts();
        for (int i = 0; i < w.cooldownTicks.length; i++) {
            if (!isBeam[i] || w.cooldownTicks[i] > 0) continue;
            WeaponMount mount = mounts.get(i);
            if (distance > mount.range()) continue;
            if (!inRange) {
                inRange = true;
                bearing = Angles.bearing(me.x, me.y, target.motion.x, target.motion.y);
                subsystemIndex = w.targetSubsystemId == null ? -1 : target.hull().subsystemIndex(w.targetSubsystemId);
            }
            if (!Angles.within(me.heading + mount.facing(), mount.halfArc(), bearing)) continue;
            w.cooldownTicks[i] = Tick.ofSeconds(mount.cycleSeconds());
            world.emit(new BeamFired(world.tick(), ship.id(), i, target.id(),
                    subsystemIndex >= 0 ? w.targetSubsystemId : null));
            DamageModel.hit(world, ship.id(), me.x, me.y, target, subsystemIndex, mount.damage() * effect, "beam");
            fired = true;
        }
        if (fired) DamageModel.revealByFiring(world, ship);
    }

    private static boolean anyBeamCharged(int[] cooldown, boolean[] isBeam) {
        for (int i = 0; i < cooldown.length; i++) if (cooldown[i] == 0 && isBeam[i]) return true;
        return false;
    }
}
