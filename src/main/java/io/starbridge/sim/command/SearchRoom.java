package io.starbridge.sim.command;

import java.util.Set;

/** Away team: a member searches the room they stand in (4 s); reveals captives and bodies there. */
public record SearchRoom(CommandOrigin origin, int memberId) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.AWAY_TEAM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
