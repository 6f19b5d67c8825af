package io.starbridge.sim.weapons;

import io.starbridge.sim.Systems;
import io.starbridge.sim.World;
import io.starbridge.sim.command.LaunchTorpedo;
import io.starbridge.sim.command.ReleaseWeapons;
import io.starbridge.sim.command.SetBeamsFiring;
import io.starbridge.sim.command.SetWeaponsTarget;
import io.starbridge.sim.event.WeaponsReleased;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.SubsystemKind;
import io.starbridge.sim.ship.WeaponsState;

/**
 * Validates and applies fire control. Weapons can target only subsystems that science has scanned;
 * nothing fires before the captain's release.
 */
public final class WeaponsCommands {
    private WeaponsCommands() {}

    public static void register(Systems.Registry registry) {
        registry.put(ReleaseWeapons.class, (World world, Ship ship, ReleaseWeapons c) -> {
            ship.weapons.released = c.released();
            if (!c.released()) {
                ship.weapons.beamsFiring = false;
                ship.weapons.launchesPending = 0;
            }
            world.emit(new WeaponsReleased(world.tick(), ship.id(), c.released()));
            return null;
        });
        registry.put(SetWeaponsTarget.class, WeaponsCommands::target);
        registry.put(SetBeamsFiring.class, (World world, Ship ship, SetBeamsFiring c) -> {
            if (c.firing() && !ship.weapons.released) return "weapons are held: the captain has not given the execute order";
            ship.weapons.beamsFiring = c.firing();
            return null;
        });
        registry.put(LaunchTorpedo.class, WeaponsCommands::launch);
    }

    private static String target(World world, Ship ship, SetWeaponsTarget c) {
        int id = c.targetShipId();
        if (id == ship.id()) return "a ship cannot target itself";
        Ship target = world.ship(id);
        boolean detected = ship.contacts.detects(id);
        if (target == null || (!detected && ship.contacts.lastKnown(id) == null))
            return "contact " + id + " is not on your sensors";
        if (!c.wholeShip()) {
            if (!ship.contacts.scanned(id)) return "contact " + id + " is not scanned: science must scan it first";
            if (target.hull().subsystemIndex(c.subsystemId()) < 0)
                return "contact " + id + " has no subsystem '" + c.subsystemId() + "'";
        }
        WeaponsState w = ship.weapons;
        w.targetShipId = id;
        w.targetSubsystemId = c.wholeShip() ? null : c.subsystemId();
        return null;
    }

    private static String launch(World world, Ship ship, LaunchTorpedo c) {
        WeaponsState w = ship.weapons;
        if (!w.released) return "weapons are held: the captain has not given the execute order";
        if (w.targetShipId < 0) return "no target selected";
        if (w.torpedoesLeft - w.launchesPending <= 0) return "no torpedoes left";
        if (ship.effect(SubsystemKind.WEAPONS) <= 0) return "weapons control has no power or is destroyed";
        w.launchesPending++;
        return null;
    }
}
