package io.starbridge.server;

import io.starbridge.drill.DrillRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A drill game's session on disk, DATA/games/ID.drill.json: which drill, the first run's seed, the run
 * in progress and every finished run's figures. Saved when a run starts and when it ends
 * ({@link AtomicJsonFile}: old or new after a crash, never half), so a drill game a crash interrupted
 * comes back as the same drill at the same run with its history ({@link GameRecovery}).
 */
final class DrillSessionFile {
    /**
     * @param drill      the drill's id
     * @param firstSeed  the seed of run 0; run {@code i} has {@code firstSeed + i}
     * @param currentRun 0-based index of the run in progress (or the one that just ended)
     * @param runs       the finished runs, oldest first (at most {@code currentRun + 1} of them)
     */
    record Saved(String drill, long firstSeed, int currentRun, List<DrillRun> runs) {
        Saved {
            runs = List.copyOf(runs);
        }
    }

    private DrillSessionFile() {}

    static Path of(Path dataDir, String gameId) { return dataDir.resolve("games").resolve(gameId + ".drill.json"); }

    /** A saver for {@link DrillSession#persistTo}; a failed save is reported, never thrown at the tick thread. */
    static Consumer<Saved> saver(Path file) {
        return saved -> {
            try {
                AtomicJsonFile.write(file, saved);
            } catch (IOException e) {
                System.err.println("cannot save the drill session to " + file + ": " + e.getMessage());
            }
        };
    }

    /** @return the saved session, or null if the game has none (it is not a drill game) */
    static Saved read(Path file) {
        try {
            return AtomicJsonFile.read(file, Saved.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the drill session in " + file, e);
        }
    }
}
