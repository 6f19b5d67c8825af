package io.starbridge.server;

import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalReader;
import io.starbridge.store.NewRun;
import io.starbridge.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Stores every finished served game as a run (serve --data): its outcome, ticks, final hash, drill
 * figures, crew and journal file. A game hands itself over once, at its outcome (on its tick thread)
 * or when stopped without one; the snapshot is taken there and then, and the store write happens on
 * this recorder's own thread so a tick never waits for the disk.
 */
final class RunRecorder implements AutoCloseable {
    /** Crew name of a game nobody took a seat in. */
    static final String NO_CREW = "no crew";
    /** How long {@link #close} waits for pending writes, seconds. */
    private static final int DRAIN_SECONDS = 10;

    private final Store store;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "run-recorder");
        t.setDaemon(true);
        return t;
    });

    RunRecorder(Store store) { this.store = store; }

    /**
     * Called once per game, by the game, with the world quiet: on its tick thread or after its loop stopped.
     * @param tick the tick the run ends at; hash the state hash then; outcome null if it had none
     */
    void finished(Game game, long tick, long hash, String outcome) {
        long endedAt = System.currentTimeMillis();
        Map<String, Long> figures = Map.copyOf(game.figures());
        String crew = game.crewNames().isEmpty() ? NO_CREW : String.join(", ", game.crewNames());
        String journal = GameRegistry.journalPath(game.id(), game.scenarioId(), game.journal().seed());
        long startedAt = Math.min(game.createdAtMs(), endedAt);
        DrillWatch drill = game.drillWatch();
        // a drill game's run: a drill run, its figures the drill's (with the stations' reaction times)
        boolean drillDone = drill != null && drill.completed();
        Map<String, Long> drillFigures = drill == null ? Map.of() : new java.util.LinkedHashMap<>(drill.figures()); // in order: headline first
        writer.execute(() -> {
            try {
                String size = sizeOf(store.dataDir().resolve(journal));
                store.runs().add(drill == null
                        ? NewRun.mission(game.id(), game.scenarioId(), size, game.journal().seed(), crew, startedAt,
                                endedAt, outcome, tick, hash, figures, journal)
                        : new NewRun(NewRun.DRILL, game.id(), drill.drillId(), game.scenarioId(), size, game.journal().seed(),
                                crew, startedAt, endedAt, outcome, drillDone, tick, hash, drillDone ? drillFigures : figures,
                                drill.run(), journal, null));
            } catch (IOException | RuntimeException e) {
                // the journal file stays; only its row is missing, and the game itself is unaffected
                System.err.println("cannot record the run of game " + game.id() + ": " + e.getMessage());
            }
        });
    }

    /** The scenario size from the journal's header (the only place a served game keeps it). */
    private static String sizeOf(Path journal) throws IOException {
        String header;
        try (BufferedReader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            header = in.readLine(); // the header line alone: the rest may be long and is not needed here
        }
        if (header == null) throw new IOException("empty journal " + journal);
        Journal j = new JournalReader().readUpToCrash(new StringReader(header));
        return j.header().size();
    }

    /** Waits for pending writes (the games were stopped first), then ends the writer thread. */
    @Override public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS))
                System.err.println("run recorder: writes still pending after " + DRAIN_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
