package io.starbridge.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finished run to store: a served mission ({@link #mission}) or one run of a drill ({@link #drill}).
 *
 * @param gameId      the server's game id: of a mission, or of the drill game a drill run was one run of (null for headless drill runs)
 * @param drillId     the drill's id (drill runs only)
 * @param size        the scenario size, or null for its default
 * @param crew        who flew it: "bots", or the names that held seats
 * @param startedAtMs wall clock, epoch ms; endedAtMs likewise, not before it
 * @param outcome     the mission's outcome when it had one, else null
 * @param completed   mission: it had an outcome; drill: its end condition was met before the time cap
 * @param ticks       simulated ticks (60 a second) the run lasted
 * @param stateHash   the world's state hash at {@code ticks}
 * @param figures     drill figures by name, simulated milliseconds
 * @param runIndex    0-based position in its drill command or drill game (drill runs), 0 for missions
 * @param journalPath the journal file relative to the data directory, or null
 * @param journalText the journal itself, or null; exactly one of the two is given
 */
public record NewRun(String kind, String gameId, String drillId, String scenario, String size, long seed, String crew,
                     long startedAtMs, long endedAtMs, String outcome, boolean completed, long ticks, long stateHash,
                     Map<String, Long> figures, int runIndex, String journalPath, String journalText) {
    public static final String MISSION = "mission";
    public static final String DRILL = "drill";

    public NewRun {
        if (!MISSION.equals(kind) && !DRILL.equals(kind)) throw new IllegalArgumentException("kind must be mission or drill: " + kind);
        if (MISSION.equals(kind) && (gameId == null || gameId.isBlank())) throw new IllegalArgumentException("a mission run needs its game id");
        if (DRILL.equals(kind) && (drillId == null || drillId.isBlank())) throw new IllegalArgumentException("a drill run needs its drill id");
        if (scenario == null || scenario.isBlank()) throw new IllegalArgumentException("scenario is required");
        if (crew == null || crew.isBlank()) throw new IllegalArgumentException("crew is required");
        if (endedAtMs < startedAtMs) throw new IllegalArgumentException("a run cannot end before it started");
        if (ticks < 0 || runIndex < 0) throw new IllegalArgumentException("ticks and run index cannot be negative");
        if ((journalPath == null) == (journalText == null)) throw new IllegalArgumentException("give the journal's path or its text, not both");
        if (journalPath != null && (journalPath.startsWith("/") || journalPath.contains("..") || journalPath.contains("\\")))
            throw new IllegalArgumentException("journal path must stay inside the data directory: " + journalPath);
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** A served game that finished: the journal stays in its file under the data directory. */
    public static NewRun mission(String gameId, String scenario, String size, long seed, String crew, long startedAtMs,
                                 long endedAtMs, String outcome, long ticks, long stateHash, Map<String, Long> figures,
                                 String journalPath) {
        return new NewRun(MISSION, gameId, null, scenario, size, seed, crew, startedAtMs, endedAtMs, outcome,
                outcome != null, ticks, stateHash, figures, 0, journalPath, null);
    }

    /** One run of a drill, with its journal's text. */
    public static NewRun drill(String drillId, String scenario, long seed, String crew, long startedAtMs, long endedAtMs,
                               String outcome, boolean completed, long ticks, long stateHash, Map<String, Long> figures,
                               int runIndex, String journalText) {
        return new NewRun(DRILL, null, drillId, scenario, null, seed, crew, startedAtMs, endedAtMs, outcome, completed,
                ticks, stateHash, figures, runIndex, null, journalText);
    }
}
