package io.starbridge.server;

import io.starbridge.replay.SnapshotFile;
import io.starbridge.sim.Simulation;
import io.starbridge.sim.Tick;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Where and when games with a journal keep their snapshots (docs/RELIABILITY.md, "Snapshots"): one file
 * per journal, DATA/snapshots/NAME.snap for DATA/journals/NAME.jsonl, replaced every
 * {@code ServerConfig.snapshotEverySeconds} of simulated time (a minute by default). A snapshot is serialized on its game's tick thread (the state must not move
 * under it) and written by one background thread, so a tick never waits for the disk.
 */
final class GameSnapshots implements AutoCloseable {
    private final Path dir;
    /** Ticks between snapshots: a whole number of checkpoint intervals (a snapshot is checked against a checkpoint). */
    private final long everyTicks;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "snapshot-writer");
        thread.setDaemon(true);
        return thread;
    });

    GameSnapshots(Path dataDir, double everySeconds) {
        this.dir = dataDir.resolve("snapshots");
        long checkpoints = Math.max(1, Math.round(Tick.ofSeconds(everySeconds) / (double) Simulation.HASH_INTERVAL));
        this.everyTicks = checkpoints * Simulation.HASH_INTERVAL;
    }

    /** The snapshot file of a journal file. */
    Path fileFor(Path journal) {
        String name = journal.getFileName().toString();
        return dir.resolve((name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name) + ".snap");
    }

    /** Whether a snapshot is due after this tick. */
    boolean due(long tick) { return tick > 0 && tick % everyTicks == 0; }

    /**
     * Serializes a game's state now, on the caller's thread (the game's tick thread: the state must not
     * move under it), and writes it in the background.
     * @return false if the state cannot be serialized (a bug, reported): the game should take no more
     *         snapshots; its journal alone still recovers it
     */
    boolean take(Path file, java.util.function.Supplier<io.starbridge.replay.Snapshot> state, String gameId) {
        byte[] encoded;
        try {
            encoded = SnapshotFile.encode(state.get());
        } catch (RuntimeException e) {
            System.err.println("game " + gameId + " keeps no more snapshots: " + e.getMessage());
            return false;
        }
        write(file, encoded);
        return true;
    }

    /** Writes an encoded snapshot in the background; a failure is reported and leaves the previous one. */
    private void write(Path file, byte[] encoded) {
        submit(() -> {
            try {
                SnapshotFile.write(file, encoded);
            } catch (IOException e) {
                System.err.println("cannot write the snapshot " + file + ": " + e.getMessage());
            }
        });
    }

    /**
     * Serializes a throwaway snapshot on the writer thread, so that a game's first snapshot does not pay
     * the cold start of Java serialization (≈ 200 ms measured, class descriptors and first compilations)
     * on its tick thread: afterwards a strike's takes ≈ 2–3 ms, 45 ms the first time for another mission.
     */
    void warmUp(java.util.function.Supplier<io.starbridge.replay.Snapshot> sample) {
        submit(() -> {
            try {
                SnapshotFile.encode(sample.get());
            } catch (RuntimeException e) {
                System.err.println("snapshot warm-up failed: " + e.getMessage());
            }
        });
    }

    /** Deletes a game's snapshot once its journal has ended (after the writes queued before). */
    void delete(Path file) {
        submit(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                System.err.println("cannot delete the snapshot " + file + ": " + e.getMessage());
            }
        });
    }

    private void submit(Runnable task) {
        try {
            writer.execute(task);
        } catch (RejectedExecutionException stopped) {
            // the server is stopping; recovery replays from the journal alone
        }
    }

    /** Finishes the writes queued (a few seconds at most), then stops. */
    @Override public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
