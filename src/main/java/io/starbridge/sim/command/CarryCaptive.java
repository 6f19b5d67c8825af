package io.starbridge.sim.command;

import java.util.Set;

/**
 * Away team: a member picks up a found captive in the same room (who then goes where the member
 * goes), or puts down what they carry ({@code captiveId = -1}). A captive carried aboard the
 * member's own ship is rescued.
 */
public record CarryCaptive(CommandOrigin origin, int memberId, int captiveId) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.AWAY_TEAM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
