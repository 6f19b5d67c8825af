package io.starbridge.sim.command;

import java.util.Set;

/**
 * One person's hand on a ship's self-destruct. The person is the sender ({@code origin.memberId});
 * two different people confirming within 3 s (180 ticks) of each other arm it. On another ship the
 * sender acts through an away-team member standing on that ship's bridge ({@code memberAtConsole});
 * the captain may confirm the own ship's self-destruct from its bridge ({@code memberAtConsole = -1}).
 */
public record ConfirmSelfDestruct(CommandOrigin origin, int targetShipId, int memberAtConsole) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.AWAY_TEAM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
