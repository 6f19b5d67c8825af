package io.starbridge.sim.command;

import java.util.Set;

/** Engineering: power allocation of one subsystem, 0 (off) to 2 (200 % overcharge); 1 is nominal. */
public record SetPower(CommandOrigin origin, String subsystemId, double allocation) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.ENGINEERING);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() {
        if (subsystemId == null || subsystemId.isBlank()) return "subsystemId is required";
        return Command.range("allocation", allocation, 0.0, 2.0);
    }
}
