package io.starbridge.sim.command;

import java.util.Set;

/** Weapons: beams fire at the target whenever charged, in arc and in range (needs the captain's release). */
public record SetBeamsFiring(CommandOrigin origin, boolean firing) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.WEAPONS);

    @Override public Set<Role> allowedRoles() { return ROLES; }
}
