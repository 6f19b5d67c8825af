package io.starbridge.replay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The on-disk form of a {@link Snapshot}: a text line naming the format, then the snapshot in Java
 * serialization. Written whole or not at all (temporary file, fsync, atomic rename), read back
 * through a filter that admits only Starbridge's own classes and plain JDK values (java.lang,
 * java.util) — a file in the data directory is not trusted to name other classes. A snapshot
 * belongs to one build: the classes' serial form changes with the code, and a file written by
 * another build fails to read (then the journal is replayed from tick 1, as before snapshots).
 */
public final class SnapshotFile {
    /** First line of every snapshot file. */
    static final byte[] MAGIC = "starbridge-snapshot 1\n".getBytes(StandardCharsets.US_ASCII);
    /** Largest snapshot read, bytes (a huge battlefield's is ≈ 3 MB). */
    static final long MAX_BYTES = 256L << 20;
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;maxrefs=20000000;maxbytes=" + MAX_BYTES + ";maxarray=10000000;"
                    + "io.starbridge.**;java.util.*;java.lang.*;!*");

    private SnapshotFile() {}

    /** Serializes a snapshot now (the caller owns the live objects: the tick thread, between ticks). */
    public static byte[] encode(Snapshot snapshot) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            bytes.write(MAGIC);
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(snapshot);
            }
        } catch (IOException e) {
            throw new IllegalStateException("a snapshot could not be serialized: " + e, e); // a class not Serializable: a bug
        }
        return bytes.toByteArray();
    }

    /** Writes an encoded snapshot to {@code file}, replacing the one there only once it is whole on disk. */
    public static void write(Path file, byte[] encoded) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            out.write(encoded);
            out.flush();
            channel.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Reads a snapshot file.
     * @throws IOException unreadable, not a snapshot, too large, another build's, or naming a class the filter refuses
     */
    public static Snapshot read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) throw new IOException("snapshot " + file.getFileName() + " is " + size + " bytes, over " + MAX_BYTES);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(head, MAGIC)) throw new IOException(file.getFileName() + " is not a Starbridge snapshot");
            ObjectInputStream objects = new ObjectInputStream(in);
            objects.setObjectInputFilter(FILTER);
            Object read = objects.readObject();
            if (!(read instanceof Snapshot snapshot)) throw new IOException(file.getFileName() + " holds no snapshot");
            return snapshot;
        } catch (java.io.EOFException e) {
            throw new IOException("snapshot " + file.getFileName() + " is cut short", e);
        } catch (InvalidClassException e) {
            throw new IOException("snapshot " + file.getFileName() + " is of another build or refused: " + e.getMessage(), e);
        } catch (ClassNotFoundException e) {
            throw new IOException("snapshot " + file.getFileName() + " names an unknown class: " + e.getMessage(), e);
        } catch (RuntimeException e) { // a damaged stream can make a record's constructor or a collection refuse
            throw new IOException("snapshot " + file.getFileName() + " is damaged: " + e, e);
        }
    }
}
