package io.starbridge.sim.command;

import java.util.Set;

/** Helm: main drive thrust as a fraction of full, -0.5 (reverse) to 1.0 (full ahead). */
public record SetThrottle(CommandOrigin origin, double throttle) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.HELM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() { return Command.range("throttle", throttle, -0.5, 1.0); }
}
