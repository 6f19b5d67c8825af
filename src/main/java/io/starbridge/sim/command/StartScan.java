package io.starbridge.sim.command;

import java.util.Set;

/** Science: scan a detected contact to reveal its subsystems. */
public record StartScan(CommandOrigin origin, int targetShipId) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.SCIENCE);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
