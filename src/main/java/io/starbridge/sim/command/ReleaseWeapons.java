package io.starbridge.sim.command;

import java.util.Set;

/** Captain: the "execute" order that releases (or holds) the weapons. */
public record ReleaseWeapons(CommandOrigin origin, boolean released) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
