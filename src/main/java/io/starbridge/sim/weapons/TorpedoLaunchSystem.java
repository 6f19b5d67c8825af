package io.starbridge.sim.weapons;

import io.starbridge.sim.ContactBook;
import io.starbridge.sim.SimSystem;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.event.TorpedoLaunched;
import io.starbridge.sim.ship.Kinematics;
import io.starbridge.sim.ship.MountKind;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.SubsystemKind;
import io.starbridge.sim.ship.WeaponMount;
import io.starbridge.sim.ship.WeaponsState;
import java.util.List;

/**
 * Launches ordered torpedoes from loaded tubes. A detected target is homed on; an undetected one
 * with a last-known position gets a point attack on that position. Launching reveals a cloaked ship.
 * An order that cannot be met this tick (no loaded tube) waits for a tube; one whose target is gone
 * is dropped.
 */
public final class TorpedoLaunchSystem implements SimSystem {
    @Override public void run(World world) {
        for (int i = 0, n = world.shipCount(); i < n; i++) {
            Ship ship = world.shipAt(i);
            WeaponsState w = ship.weapons;
            if (w.launchesPending == 0) continue;
            if (!ship.present() || !w.released || w.torpedoesLeft == 0 || ship.effect(SubsystemKind.WEAPONS) <= 0) {
                w.launchesPending = 0;
                continue;
            }
            int tube = loadedTube(ship);
            if (tube < 0) continue;
            launch(world, ship, tube);
        }
    }

    private static int loadedTube(Ship ship) {
        int[] cooldown = ship.weapons.cooldownTicks;
        List<WeaponMount> mounts = ship.hull().mounts();
        for (int i = 0; i < cooldown.length; i++)
            if (cooldown[i] == 0 && mounts.get(i).kind() == MountKind.TORPEDO_TUBE) return i;
        return -1;
    }

    private static void launch(World world, Ship ship, int tube) {
        WeaponsState w = ship.weapons;
        Ship target = world.ship(w.targetShipId);
        ContactBook contacts = ship.contacts;
        int homeOn;
        double aimX, aimY;
        if (target != null && target.present() && contacts.detects(target.id())) {
            homeOn = target.id();
            aimX = target.motion.x;
            aimY = target.motion.y;
        } else if (contacts.lastKnown(w.targetShipId) != null) {
            homeOn = -1;
            aimX = contacts.lastKnown(w.targetShipId).x();
            aimY = contacts.lastKnown(w.targetShipId).y();
        } else {
            w.launchesPending = 0;
            return;
        }
        WeaponMount mount = ship.hull().mounts().get(tube);
        Kinematics me = ship.motion;
        double heading = me.heading + mount.facing();
        var spec = ship.hull().torpedo();
        Torpedo t = new Torpedo(world.allocateEntityId(), ship.id(), ship.faction(), spec,
                me.x + StrictMath.cos(heading) * ship.hull().radius(), me.y + StrictMath.sin(heading) * ship.hull().radius(),
                heading, homeOn, homeOn >= 0 ? w.targetSubsystemId : null, aimX, aimY,
                Tick.ofSeconds(spec.lifetimeSeconds()));
        world.spawnTorpedo(t);
        w.cooldownTicks[tube] = Tick.ofSeconds(mount.cycleSeconds());
        w.torpedoesLeft--;
        w.launchesPending--;
        world.emit(new TorpedoLaunched(world.tick(), ship.id(), t.id, homeOn, aimX, aimY));
        DamageModel.revealByFiring(world, ship);
    }
}
