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
 */
public record Journal(Header header, NavigableMap<Long, List<Command>> commandsByTick,
                      NavigableMap<Long, Long> checkpoints, long endTick, String outcome, long endHash,
                      boolean ended) {

    /** Current journal format version; older versions stay readable as fixtures. */
    public static final int VERSION = 1;
    public static final String FORMAT = "starbridge-journal";

    /** @param size scenario size or null; durationSeconds the simulated-time cap of the run, 0 for none */
    public record Header(int version, String scenario, long seed, String size, double durationSeconds) {}

    public Journal {
        commandsByTick = new TreeMap<>(commandsByTick);
        checkpoints = new TreeMap<>(checkpoints);
    }

    public static Journal of(Header header, Map<Long, List<Command>> commands, Map<Long, Long> checkpoints,
                             long endTick, String outcome, long endHash) {
        return new Journal(header, new TreeMap<>(commands), new TreeMap<>(checkpoints), endTick, outcome, endHash, true);
    }

    /** A run cut short (no end record): it ends at its last journaled tick, hash unknown. */
    public static Journal cut(Header header, Map<Long, List<Command>> commands, Map<Long, Long> checkpoints,
                              long lastTick) {
        return new Journal(header, new TreeMap<>(commands), new TreeMap<>(checkpoints), lastTick, null, 0, false);
    }

    public int commandCount() {
        return commandsByTick.values().stream().mapToInt(List::size).sum();
    }
}
