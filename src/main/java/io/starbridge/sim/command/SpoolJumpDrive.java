package io.starbridge.sim.command;

import java.util.Set;

/** Engineering: starts charging the hyperspace drive for the plotted jump. */
public record SpoolJumpDrive(CommandOrigin origin) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.ENGINEERING);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
