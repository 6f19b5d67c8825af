package io.starbridge.sim.command;

import java.util.Set;

/** Away team: a member standing in one of a door's two rooms opens it (closed doors only; locked and jammed ones need force). */
public record OpenDoor(CommandOrigin origin, int memberId, String doorId) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.AWAY_TEAM, Role.CAPTAIN);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() { return doorId == null || doorId.isBlank() ? "doorId is required" : null; }
}
