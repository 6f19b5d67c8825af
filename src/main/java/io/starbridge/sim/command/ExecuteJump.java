package io.starbridge.sim.command;

import java.util.Set;

/** Captain (or helm): jump now; the drive must be spooled. */
public record ExecuteJump(CommandOrigin origin) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.CAPTAIN, Role.HELM);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
