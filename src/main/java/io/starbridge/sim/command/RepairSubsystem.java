package io.starbridge.sim.command;

import java.util.Set;

/** Engineering: sends the repair crew to a damaged (not destroyed) subsystem. */
public record RepairSubsystem(CommandOrigin origin, String subsystemId) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.ENGINEERING);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() {
        return subsystemId == null || subsystemId.isBlank() ? "subsystemId is required" : null;
    }
}
