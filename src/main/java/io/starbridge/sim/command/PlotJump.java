package io.starbridge.sim.command;

import java.util.Set;

/** Helm: plots a hyperspace jump to an aim point in metres. */
public record PlotJump(CommandOrigin origin, double x, double y) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.HELM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() {
        String r = Command.range("x", x, -1e12, 1e12);
        return r != null ? r : Command.range("y", y, -1e12, 1e12);
    }
}
