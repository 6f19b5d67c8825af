package io.starbridge.server;

import io.starbridge.drill.DrillSpec;
import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalFormatException;
import io.starbridge.replay.JournalReader;
import io.starbridge.replay.ReplayDivergence;
import io.starbridge.replay.Snapshot;
import io.starbridge.replay.SnapshotFile;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.StateHash;
import io.starbridge.station.Permissions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Crash recovery on start (docs/RELIABILITY.md). Every journal under DATA/journals without an end
 * record belongs to a game the server did not stop cleanly. Each comes back under its old id: its
 * mission is started from the header's scenario, seed and size, re-simulated to the last journaled
 * tick (checkpoints verified), given back its seats from DATA/games/ID.json, and then runs live,
 * appending to the same journal file. A game's snapshot (DATA/snapshots, {@link GameSnapshots}) that fits
 * its journal saves re-simulating up to the snapshot's tick; one that does not fit is reported and
 * the journal is re-simulated from tick 1. A drill game (DATA/games/ID.drill.json, {@link DrillSessionFile})
 * comes back as the same drill at the same run, with the runs it had finished.
 */
public final class GameRecovery {
    /** What happened to one journal: recovered at a tick with a hash, or the reason it was not. */
    /**
     * @param fromTick the tick of the snapshot the game was restored from, 0 when the whole journal was re-simulated
     * @param snapshotNote why a snapshot on disk was not used, or null
     */
    /**
     * @param drill        for a drill game, which drill and run it went on with ("drop-and-cloak, run 3"), or
     *                     why it could not ("… goes on as a plain game"); null for other games
     */
    public record Report(String journal, String gameId, long tick, long stateHash, long millis, String failure,
                         long fromTick, String snapshotNote, String drill) {
        public boolean recovered() { return failure == null; }

        /** One line for the server's output. */
        public String line() {
            return recovered()
                    ? "Recovered game " + gameId + " from " + journal + " at tick " + tick + ", hash "
                            + StateHash.hex(stateHash) + ", in " + millis + " ms"
                            + (fromTick > 0 ? " (from its snapshot at tick " + fromTick + ")" : " (re-simulated from tick 1)")
                            + (snapshotNote != null ? "; snapshot not used: " + snapshotNote : "")
                            + (drill != null ? "; drill " + drill : "")
                    : "Not recovered: " + journal + ": " + failure;
        }
    }

    /** ID-SCENARIO-SEED.jsonl, the name GameRegistry gives a journal. */
    private static final Pattern JOURNAL_NAME = Pattern.compile("^g(\\d+)-.*\\.jsonl$");
    private static final Pattern SEATS_NAME = Pattern.compile("^g(\\d+)\\.json$");

    private final ServerConfig config;
    private final Scenarios scenarios;
    private final Permissions permissions;
    private final ProtocolCodec codec;
    private final SecureRandom random;
    /**
     * How a drill game a crash interrupted goes on (docs/drills.md): the drills the server offers, and
     * what starts the run after run {@code run} of game number {@code number}.
     */
    record DrillGames(java.util.function.Function<String, DrillSpec> offered, NextRun nextRunAfter) {
        @FunctionalInterface
        interface NextRun {
            Runnable after(int number, DrillSession session, int run);
        }
    }

    private final GameSnapshots snapshots;
    private final DrillGames drillGames;
    private int highestId;

    GameRecovery(ServerConfig config, Scenarios scenarios, Permissions permissions, ProtocolCodec codec,
                 SecureRandom random, GameSnapshots snapshots, DrillGames drillGames) {
        this.config = config;
        this.drillGames = drillGames;
        this.snapshots = snapshots;
        this.scenarios = scenarios;
        this.permissions = permissions;
        this.codec = codec;
        this.random = random;
    }

    /** The highest game id number of any journal or seat file seen, ended or not (0 if none). */
    int highestIdOnDisk() { return highestId; }

    /**
     * Recovers every crashed game in id order and hands each to {@code adopt} (id number, game).
     * A journal that cannot be recovered is reported and left as it is; the others still come back.
     */
    List<Report> recoverAll(ObjIntConsumer<Game> adopt) {
        List<Report> reports = new ArrayList<>();
        highestId = Math.max(highestIdIn(config.dataDir().resolve("games"), SEATS_NAME), 0);
        Path dir = config.dataDir().resolve("journals");
        if (!Files.isDirectory(dir)) return reports;
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> JOURNAL_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        for (Path file : files) {
            int number = number(file);
            highestId = Math.max(highestId, number);
            Report r = recoverOne(file, number, adopt);
            if (r != null) reports.add(r);
        }
        return reports;
    }

    /** @return a report, or null for a journal that ended cleanly (its game is over) */
    private Report recoverOne(Path file, int number, ObjIntConsumer<Game> adopt) {
        String name = file.getFileName().toString();
        String id = "g" + number;
        long started = System.nanoTime();
        JournalFile continued = null;
        try {
            Journal journal;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                journal = new JournalReader().readUpToCrash(in);
            }
            if (journal.ended()) return null;
            Journal.Header h = journal.header();
            Mission mission = scenarios.byId(h.scenario()).start(h.seed(), h.size());
            DrillSessionFile.Saved drillSaved = DrillSessionFile.read(DrillSessionFile.of(config.dataDir(), id));
            String snapshotNote = null;
            Snapshot snapshot = null;
            Path snapshotFile = snapshots == null ? null : snapshots.fileFor(file);
            if (drillSaved != null && snapshotFile != null && Files.exists(snapshotFile)) {
                // a drill run's figures are measured from its events: the whole run is re-simulated (a drill run is short)
                snapshotNote = "a drill run is re-measured from its start";
            } else if (snapshotFile != null && Files.exists(snapshotFile)) {
                try {
                    snapshot = SnapshotFile.read(snapshotFile);
                    mission = fits(snapshot, journal, mission);
                } catch (IOException | RuntimeException e) { // whatever is wrong with it, the journal alone still recovers the game
                    snapshotNote = e.getMessage() != null ? e.getMessage() : e.toString();
                    snapshot = null;
                    mission = scenarios.byId(h.scenario()).start(h.seed(), h.size());
                }
            }
            // the reader ignored a torn last line; the file loses it too, so appends start on a fresh line
            continued = JournalFile.continueAfterCrash(file, config.fsyncJournal());
            Game game = new Game(id, mission, h.seed(), seatsFor(id, mission), permissions, codec, continued);
            if (snapshot != null) game.restoreObservers(snapshot);
            String drill = drillSaved == null ? null : resumeDrill(drillSaved, id, number, h, game);
            game.catchUp(journal, snapshot == null ? 0 : snapshot.tick());
            long tick = game.tick(), hash = game.stateHashBeforeStart(); // before the loop moves them on
            adopt.accept(game, number);
            return new Report(name, id, tick, hash, (System.nanoTime() - started) / 1_000_000, null,
                    snapshot == null ? 0 : snapshot.tick(), snapshotNote, drill);
        } catch (IOException | RuntimeException e) {
            // a bad journal (format, divergence, unknown scenario) stays on disk as it is, its id reserved
            if (continued != null) try { continued.close(); } catch (IOException ignored) { /* reported below */ }
            String why = e instanceof ReplayDivergence || e instanceof JournalFormatException ? e.getMessage()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            return new Report(name, id, -1, 0, (System.nanoTime() - started) / 1_000_000, why, 0, null, null);
        }
    }

    /**
     * Makes a recovered game the drill run it was, before its journal is re-simulated (which measures the
     * run again): the same drill, run index and history of finished runs, saved from here on as before.
     * @return "ID, run N", or why the game goes on as a plain game
     */
    private String resumeDrill(DrillSessionFile.Saved saved, String id, int number, Journal.Header h, Game game) {
        DrillSpec spec = drillGames.offered().apply(saved.drill());
        if (spec == null) return "'" + saved.drill() + "' is not offered by this server: the game goes on as a plain game";
        DrillSession session = DrillSession.resumed(spec, saved);
        int run = saved.currentRun();
        if (!spec.scenario().equals(h.scenario()) || session.seedOf(run) != h.seed())
            return "'" + spec.id() + "' was at run " + (run + 1) + " (" + spec.scenario() + " seed " + session.seedOf(run)
                    + "), not this journal's: the game goes on as a plain game";
        session.persistTo(DrillSessionFile.saver(DrillSessionFile.of(config.dataDir(), id)));
        game.drill(new DrillWatch(session, run, game.mission()), drillGames.nextRunAfter().after(number, session, run));
        return spec.id() + ", run " + (run + 1);
    }

    /**
     * The fresh mission carried on from a snapshot, if the snapshot belongs to this journal: same
     * scenario, seed and size, a tick the journal reached, and the journal's checkpoint hash at that tick
     * equal to the snapshot's and to the restored world's.
     * @throws IllegalArgumentException saying why it does not fit (the journal is then re-simulated from tick 1)
     */
    private static Mission fits(Snapshot snapshot, Journal journal, Mission fresh) {
        Journal.Header h = journal.header();
        if (!snapshot.scenario().equals(h.scenario()) || snapshot.seed() != h.seed() || !java.util.Objects.equals(snapshot.size(), h.size()))
            throw new IllegalArgumentException("it is of " + snapshot.scenario() + " seed " + snapshot.seed() + ", the journal of "
                    + h.scenario() + " seed " + h.seed());
        if (snapshot.tick() > journal.endTick())
            throw new IllegalArgumentException("it is at tick " + snapshot.tick() + ", past the journal's end " + journal.endTick());
        Long checkpoint = journal.checkpoints().get(snapshot.tick());
        if (checkpoint == null || checkpoint != snapshot.stateHash())
            throw new IllegalArgumentException("its hash at tick " + snapshot.tick() + " is not the journal's checkpoint");
        Mission restored = fresh.restoredTo(snapshot.mission());
        long hash = restored.world().stateHash();
        if (restored.world().tick() != snapshot.tick() || hash != snapshot.stateHash())
            throw new IllegalArgumentException("its world hashes to " + StateHash.hex(hash) + " at tick " + restored.world().tick()
                    + ", not " + StateHash.hex(snapshot.stateHash()));
        return restored;
    }

    /** The game's saved seats, held for their stations' resume; fresh codes if none were saved. */
    private SeatBook seatsFor(String id, Mission mission) {
        long holdMs = Math.round(config.seatHoldSeconds() * 1000);
        Path file = SeatFile.of(config.dataDir(), id);
        SeatBook.Saved saved = SeatFile.read(file);
        SeatBook seats = saved != null
                ? new SeatBook(random, saved, holdMs, mission.playerShipIds(), System.currentTimeMillis())
                : new SeatBook(random, false, holdMs, mission.playerShipIds());
        seats.persistTo(SeatFile.saver(file));
        return seats;
    }

    private static int number(Path file) {
        Matcher m = JOURNAL_NAME.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static int highestIdIn(Path dir, Pattern names) {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> names.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
