package io.starbridge.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A game's seats on disk, DATA/games/ID.json: crew codes, resume tokens, who is who. Read after a
 * crash so stations can {@code resume} with the token they hold. The file holds secrets, so it is
 * readable by the server's user only (0600). Each save replaces the whole file atomically
 * ({@link AtomicJsonFile}), so a crash leaves either the old or the new seats, never half.
 */
final class SeatFile {
    private SeatFile() {}

    static Path of(Path dataDir, String gameId) { return dataDir.resolve("games").resolve(gameId + ".json"); }

    /** A saver for {@link SeatBook#persistTo}; a failed save is reported, never thrown at a station. */
    static Consumer<SeatBook.Saved> saver(Path file) {
        return saved -> {
            try {
                write(file, saved);
            } catch (IOException e) {
                System.err.println("cannot save the seats to " + file + ": " + e.getMessage());
            }
        };
    }

    static void write(Path file, SeatBook.Saved saved) throws IOException { AtomicJsonFile.write(file, saved); }

    /** @return the saved seats, or null if the file does not exist */
    static SeatBook.Saved read(Path file) {
        try {
            return AtomicJsonFile.read(file, SeatBook.Saved.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seats in " + file, e);
        }
    }
}
