package io.starbridge.sim.command;

import java.util.Set;

/**
 * Helm: release the docking clamps. With away-team members still aboard the other ship the order
 * needs {@code leaveBehind = true}, and they stay there.
 */
public record Undock(CommandOrigin origin, boolean leaveBehind) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.HELM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
