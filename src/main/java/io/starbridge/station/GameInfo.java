package io.starbridge.station;

import java.util.Map;

/**
 * The game-level facts every station sees.
 * @param outcome null while the mission runs
 * @param message the game master's last message, or null
 * @param debriefs once the mission has an outcome: each player ship's debrief section, by ship id
 *                 (empty before)
 */
public record GameInfo(String id, String scenario, boolean paused, String outcome, String message,
                       Map<Integer, Map<String, Object>> debriefs) {
    public GameInfo(String id, String scenario, boolean paused, String outcome, String message) {
        this(id, scenario, paused, outcome, message, Map.of());
    }

    /**
     * The debrief a station of ship {@code shipId} sees: its own ship's, or — for a ship without one
     * (an observer watching the enemy) — the first player ship's; null while the mission runs.
     */
    public Map<String, Object> debrief(int shipId) {
        if (debriefs.isEmpty()) return null;
        Map<String, Object> own = debriefs.get(shipId);
        return own != null ? own : debriefs.values().iterator().next();
    }
}
