package io.starbridge.sim.command;

import java.util.Set;

/**
 * Game master: brings a ship into the world at the start of the tick, like any command (journaled,
 * replayed, recovered). {@code hull} names a hull class of the catalogue; {@code faction} 0–7 (ships of
 * different factions are hostile); {@code x}, {@code y} in metres within ±{@link #MAX_COORDINATE};
 * {@code crewed}: an AI crew flies and fights it, else it drifts.
 */
public record SpawnShip(CommandOrigin origin, String hull, String name, int faction, double x, double y,
                        boolean crewed) implements Command {
    /** Farthest a ship may be spawned from the origin, metres (well past any scenario's area). */
    public static final double MAX_COORDINATE = 10_000_000;
    public static final int MAX_FACTION = 7;
    public static final int MAX_NAME_LENGTH = 40;
    private static final Set<Role> ROLES = Set.of(Role.GAME_MASTER);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() {
        if (hull == null || hull.isBlank()) return "hull is required";
        if (name == null || name.isBlank()) return "name is required";
        if (name.length() > MAX_NAME_LENGTH) return "name must be at most " + MAX_NAME_LENGTH + " characters";
        if (name.codePoints().anyMatch(Character::isISOControl)) return "name must not contain control characters";
        if (faction < 0 || faction > MAX_FACTION) return "faction must be within [0, " + MAX_FACTION + "], was " + faction;
        String r = Command.range("x", x, -MAX_COORDINATE, MAX_COORDINATE);
        return r != null ? r : Command.range("y", y, -MAX_COORDINATE, MAX_COORDINATE);
    }
}
