package io.starbridge.sim.command;

import java.util.Set;

/**
 * Weapons: aim at one scanned subsystem of a target ship, or (subsystemId null or empty) at the ship
 * as a whole, which needs no scan and lets torpedoes fly at a contact's last-known position.
 */
public record SetWeaponsTarget(CommandOrigin origin, int targetShipId, String subsystemId) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.WEAPONS);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    /** True when aimed at the ship as a whole (no subsystem): allowed before a scan, for torpedoes. */
    public boolean wholeShip() { return subsystemId == null || subsystemId.isEmpty(); }
}
