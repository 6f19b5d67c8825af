package io.starbridge.sim.ship;

import io.starbridge.sim.Systems;
import io.starbridge.sim.World;
import io.starbridge.sim.command.RepairSubsystem;
import io.starbridge.sim.command.SetPower;

/** Validates and applies engineering's power allocation and repair orders. */
public final class EngineeringCommands {
    private EngineeringCommands() {}

    public static void register(Systems.Registry registry) {
        registry.put(SetPower.class, (World w, Ship ship, SetPower c) -> {
            Subsystem s = ship.subsystem(c.subsystemId());
            if (s == null) return "no subsystem '" + c.subsystemId() + "' on " + ship.name();
            if (s.kind() == SubsystemKind.REACTOR) return "the reactor produces power; it takes no allocation";
            s.setAllocation(c.allocation());
            return null;
        });
        registry.put(RepairSubsystem.class, (World w, Ship ship, RepairSubsystem c) -> {
            int index = ship.hull().subsystemIndex(c.subsystemId());
            if (index < 0) return "no subsystem '" + c.subsystemId() + "' on " + ship.name();
            Subsystem s = ship.subsystem(index);
            if (s.destroyed()) return s.spec().name() + " is destroyed and cannot be repaired in flight";
            if (s.health() >= s.spec().maxHealth()) return s.spec().name() + " is not damaged";
            ship.repairIndex = index;
            return null;
        });
    }
}
