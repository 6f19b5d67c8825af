package io.starbridge.sim.command;

import java.util.Set;

/** One person's abort of an armed self-destruct; needs two different people within 3 s, like arming. */
public record AbortSelfDestruct(CommandOrigin origin, int targetShipId, int memberAtConsole) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.AWAY_TEAM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
