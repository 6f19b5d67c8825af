package io.starbridge.sim.sensors;

import io.starbridge.sim.Systems;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.command.SetCloak;
import io.starbridge.sim.command.StartScan;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import io.starbridge.sim.ship.SubsystemKind;

/** Validates and applies cloak orders and science scans. */
public final class SensorCommands {
    private SensorCommands() {}

    public static void register(Systems.Registry registry) {
        registry.put(SetCloak.class, SensorCommands::cloak);
        registry.put(StartScan.class, SensorCommands::scan);
    }

    private static String cloak(World world, Ship ship, SetCloak c) {
        if (!c.engaged()) {
            ship.cloak.ordered = false;
            return null;
        }
        Subsystem device = ship.subsystemOf(SubsystemKind.CLOAK);
        if (device == null || !ship.hull().hasCloak()) return ship.name() + " has no cloak";
        if (device.destroyed()) return "the cloak is destroyed";
        if (ship.subsystemOf(SubsystemKind.REACTOR).destroyed()) return "no power: the reactor is destroyed";
        if (ship.cloak.lockoutTicks > 0)
            return String.format("the cloak is recharging after firing: %.1f s left", ship.cloak.lockoutTicks * Tick.DT);
        ship.cloak.ordered = true;
        return null;
    }

    private static String scan(World world, Ship ship, StartScan c) {
        if (c.targetShipId() == ship.id()) return "a ship cannot scan itself";
        if (!ship.contacts.detects(c.targetShipId())) return "contact " + c.targetShipId() + " is not on your sensors";
        if (ship.contacts.scanned(c.targetShipId())) return "contact " + c.targetShipId() + " is already scanned";
        if (ship.scanTargetId != c.targetShipId()) {
            ship.scanTargetId = c.targetShipId();
            ship.scanProgress = 0;
        }
        return null;
    }
}
