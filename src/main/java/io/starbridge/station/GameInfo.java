package io.starbridge.station;

import java.util.Map;

/**
 * The game-level facts every station sees.
 * @param outcome null while the mission runs
 * @param message the game master's last message, or null
 * @param debriefs once the mission has an outcome: each player ship's debrief section, by ship id
 *                 (empty before)
 * @param drill    in a drill game, the drill's section (this run, its figures, history, summary), else null
 */
public record GameInfo(String id, String scenario, boolean paused, String outcome, String message,
                       Map<Integer, Map<String, Object>> debriefs, Map<String, Object> drill) {
    public GameInfo(String id, String scenario, boolean paused, String outcome, String message) {
        this(id, scenario, paused, outcome, message, Map.of(), null);
    }

    public GameInfo(String id, String scenario, boolean paused, String outcome, String message,
                    Map<Integer, Map<String, Object>> debriefs) {
        this(id, scenario, paused, outcome, message, debriefs, null);
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
