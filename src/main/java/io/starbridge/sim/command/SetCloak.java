package io.starbridge.sim.command;

import java.util.Set;

/** Engineering: engage or drop the cloak. */
public record SetCloak(CommandOrigin origin, boolean engaged) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.ENGINEERING, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
