package io.starbridge.sim.command;

import java.util.Set;

/** Weapons: launch one homing torpedo at the current target from the next loaded tube. */
public record LaunchTorpedo(CommandOrigin origin) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.WEAPONS);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
