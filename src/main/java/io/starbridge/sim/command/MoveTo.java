package io.starbridge.sim.command;

import java.util.Set;

/**
 * Away team: members walk (1.5 m/s) to a point in deck metres of ship {@code targetShipId}'s deck plan, along the
 * shortest way through open doors (and across the airlocks when the ships are docked or within
 * boarding range). Rejected when no open way exists.
 *
 * @param memberIds members as {@code "1,2,3"} (see {@link MemberList})
 */
public record MoveTo(CommandOrigin origin, String memberIds, int targetShipId, double x, double y) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.AWAY_TEAM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() {
        String r = MemberList.check(memberIds);
        if (r == null) r = Command.range("x", x, -10_000, 10_000);
        return r != null ? r : Command.range("y", y, -10_000, 10_000);
    }
}
