package io.starbridge.sim.command;

import java.util.Set;

/** Away team: every living member walks to where the team leader (lowest living member id) stands. */
public record Regroup(CommandOrigin origin) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.AWAY_TEAM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
