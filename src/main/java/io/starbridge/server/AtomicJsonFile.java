package io.starbridge.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A small JSON file under the data directory that a crash leaves either old or new, never half:
 * each save writes a temporary file readable by the server's user only (0600), fsyncs it and renames
 * it over the old one. Its directory is created 0700 when missing.
 */
final class AtomicJsonFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private AtomicJsonFile() {}

    /** Replaces {@code file} by {@code value} as pretty-printed JSON. */
    static void write(Path file, Object value) throws IOException {
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
            out.write(java.nio.ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value)));
            out.force(false);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** @return the file's value, or null if the file does not exist */
    static <T> T read(Path file, Class<T> type) throws IOException {
        if (!Files.exists(file)) return null;
        return JSON.readValue(file.toFile(), type);
    }
}
