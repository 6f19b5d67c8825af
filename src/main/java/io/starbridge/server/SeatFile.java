package io.starbridge.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;

/**
 * A game's seats on disk, DATA/games/ID.json: crew codes, resume tokens, who is who. Read after a
 * crash so stations can {@code resume} with the token they hold. The file holds secrets, so it is
 * readable by the server's user only (0600). Each save replaces the whole file atomically (write a
 * temporary file, fsync, rename), so a crash leaves either the old or the new seats, never half.
 */
final class SeatFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

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

    static void write(Path file, SeatBook.Saved saved) throws IOException {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            if (POSIX) Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            else Files.createDirectories(dir);
        }
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (POSIX) Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(java.nio.ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(saved)));
            out.force(false);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** @return the saved seats, or null if the file does not exist */
    static SeatBook.Saved read(Path file) {
        if (!Files.exists(file)) return null;
        try {
            return JSON.readValue(file.toFile(), SeatBook.Saved.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seats in " + file, e);
        }
    }
}
