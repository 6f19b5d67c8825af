package io.starbridge.sim.command;

import java.util.Set;

/**
 * Away team: a member standing in one of a door's two rooms forces it open; takes seconds (a locked
 * door 8 s, a jammed one 15 s) during which the member does nothing else.
 */
public record ForceDoor(CommandOrigin origin, int memberId, String doorId) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.AWAY_TEAM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() { return doorId == null || doorId.isBlank() ? "doorId is required" : null; }
}
