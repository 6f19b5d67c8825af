package io.starbridge.server;

import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One game's journal file (DATA/journals/ID-SCENARIO-SEED.jsonl, docs/journal-format.md) and its
 * durability: {@link #sync} forces what was written to the disk when the fsync policy says so.
 * The game calls it once per tick that had commands, after the tick's line and before its acks
 * (group commit), so an acknowledged command survives a power cut, not only a killed process.
 * See docs/RELIABILITY.md for the policy and its measured cost.
 */
final class JournalFile implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    private final JournalWriter writer;
    private final boolean fsync;

    private JournalFile(Path path, FileChannel channel, boolean fsync) {
        this.path = path;
        this.channel = channel;
        this.fsync = fsync;
        this.writer = new JournalWriter(new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8)));
    }

    /** A new journal with its header, synced with its directory entry; never overwrites a file. */
    static JournalFile create(Path file, Journal.Header header, boolean fsync) {
        try {
            JournalFile f = new JournalFile(file, FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), fsync);
            f.writer.header(header);
            f.sync();
            if (fsync) syncDirectory(file.getParent());
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the journal " + file, e);
        }
    }

    /**
     * Reopens a crashed game's journal to go on writing after its last complete line: a line the
     * crash tore (no final newline) is cut off first, so the next record starts on a line of its own.
     */
    static JournalFile continueAfterCrash(Path file, boolean fsync) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            channel.truncate(endOfLastCompleteLine(channel));
            channel.position(channel.size());
            channel.force(false);
            return new JournalFile(file, channel, fsync);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Byte offset just after the last '\n' (0 if none), scanning back from the end. */
    private static long endOfLastCompleteLine(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        for (long end = channel.size(); end > 0; ) {
            long start = Math.max(0, end - buf.capacity());
            buf.clear().limit((int) (end - start));
            while (buf.hasRemaining() && channel.read(buf, start + buf.position()) >= 0) { /* fill */ }
            for (int i = buf.position() - 1; i >= 0; i--) if (buf.get(i) == '\n') return start + i + 1;
            end = start;
        }
        return 0;
    }

    JournalWriter writer() { return writer; }

    /** Where the file is: complete up to the last tick written, since every line is flushed as written. */
    Path path() { return path; }

    /** Forces written records to the disk (fsync policy {@code tick}); nothing with policy {@code none}. */
    void sync() {
        if (!fsync) return;
        try {
            channel.force(false); // data only: the file's length is metadata force(false) still writes
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fsync the journal", e);
        }
    }

    /** A new file's name lives in its directory: without this a power cut may lose the whole file. */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory for sync; the file's own fsync still holds
        }
    }

    @Override public void close() throws IOException {
        try { writer.close(); } finally { channel.close(); }
    }
}
