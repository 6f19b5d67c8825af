package io.starbridge.sim.command;

import java.util.Set;

/** Helm: target heading in radians (0 = +x, counter-clockwise); the ship turns at its hull's rate. */
public record SetHeading(CommandOrigin origin, double heading) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.HELM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() { return Command.range("heading", heading, -10.0, 10.0); }
}
