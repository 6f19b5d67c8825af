package io.starbridge.sim.command;

import java.util.Set;

/**
 * Helm: dock with another ship through the airlocks. Accepted only within {@code 150 m} of the
 * target's hull and at most {@code 5 m/s} relative speed; a docked ship moves with its host.
 */
public record Dock(CommandOrigin origin, int targetShipId) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.HELM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
