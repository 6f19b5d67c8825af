package io.starbridge.sim.command;

import java.util.Set;

/** Away team: members walk back to their own ship's airlock, across to it if they are aboard another ship. */
public record ReturnToAirlock(CommandOrigin origin, String memberIds) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.AWAY_TEAM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() { return MemberList.check(memberIds); }
}
