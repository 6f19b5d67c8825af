package io.starbridge.sim.command;

import java.util.Set;

/** Away team: switches a member's suit torch on or off. */
public record SetTorch(CommandOrigin origin, int memberId, boolean on) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.AWAY_TEAM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
