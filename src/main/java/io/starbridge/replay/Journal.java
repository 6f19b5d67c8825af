package io.starbridge.replay;

import io.starbridge.sim.command.Command;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A whole recorded run in memory: what started it, every command by the tick it was applied in,
 * the checkpoint hashes, and how it ended.
 *
 * @param commandsByTick commands in application order, keyed by tick (ascending)
 * @param checkpoints    state hash after each checkpoint tick
 * @param endTick        last tick simulated; for a run cut short, its last journaled tick
 * @param outcome        the mission outcome, or null if it had not ended
 * @param endHash        state hash after {@code endTick}; 0 (unknown) for a run cut short
 * @param ended          false when the file had no end record (a crashed server): see
 *                       {@link JournalReader#readUpToCrash}
 * @param reactionsByTick the stations' reaction reports by the tick their commands were applied in (version 2)
 */
public record Journal(Header header, NavigableMap<Long, List<Command>> commandsByTick,
                      NavigableMap<Long, Long> checkpoints, long endTick, String outcome, long endHash,
                      boolean ended, NavigableMap<Long, List<StationReaction>> reactionsByTick) {

    /** Current journal format version (2: stations' reaction reports); older versions stay readable as fixtures. */
    public static final int VERSION = 2;
    /** The first version whose journals may hold reaction lines. */
    public static final int REACTIONS_SINCE = 2;
    public static final String FORMAT = "starbridge-journal";

    /** @param size scenario size or null; durationSeconds the simulated-time cap of the run, 0 for none */
    public record Header(int version, String scenario, long seed, String size, double durationSeconds) {}

    public Journal {
        commandsByTick = new TreeMap<>(commandsByTick);
        checkpoints = new TreeMap<>(checkpoints);
        reactionsByTick = new TreeMap<>(reactionsByTick);
    }

    /** A whole run without reaction reports (a headless run, or a version-1 journal). */
    public Journal(Header header, NavigableMap<Long, List<Command>> commandsByTick, NavigableMap<Long, Long> checkpoints,
                   long endTick, String outcome, long endHash, boolean ended) {
        this(header, commandsByTick, checkpoints, endTick, outcome, endHash, ended, new TreeMap<>());
    }

    public static Journal of(Header header, Map<Long, List<Command>> commands, Map<Long, Long> checkpoints,
                             long endTick, String outcome, long endHash) {
        return of(header, commands, checkpoints, endTick, outcome, endHash, Map.of());
    }

    public static Journal of(Header header, Map<Long, List<Command>> commands, Map<Long, Long> checkpoints,
                             long endTick, String outcome, long endHash, Map<Long, List<StationReaction>> reactions) {
        return new Journal(header, new TreeMap<>(commands), new TreeMap<>(checkpoints), endTick, outcome, endHash, true,
                new TreeMap<>(reactions));
    }

    /** A run cut short (no end record): it ends at its last journaled tick, hash unknown. */
    public static Journal cut(Header header, Map<Long, List<Command>> commands, Map<Long, Long> checkpoints,
                              long lastTick, Map<Long, List<StationReaction>> reactions) {
        return new Journal(header, new TreeMap<>(commands), new TreeMap<>(checkpoints), lastTick, null, 0, false,
                new TreeMap<>(reactions));
    }

    public int commandCount() {
        return commandsByTick.values().stream().mapToInt(List::size).sum();
    }
}
