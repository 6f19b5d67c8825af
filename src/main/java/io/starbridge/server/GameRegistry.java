package io.starbridge.server;

import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.replay.Journal;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.station.Permissions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The games of one server by id; creates each with its mission and tick loop. */
public final class GameRegistry {
    private final Scenarios scenarios;
    private final ServerConfig config;
    private final ServerMetrics metrics;
    private final Permissions permissions;
    private final ProtocolCodec codec;
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger nextId = new AtomicInteger(1);
    /** Sorted by id number so the lobby lists games in creation order. */
    private final Map<Integer, Game> games = new ConcurrentSkipListMap<>();
    /** Records finished games in the store (serve --data), or null. */
    private volatile RunRecorder recorder;
    /** Games a game master saved (serve --data), or null. */
    private final SavedGames saves;
    /** Each game's periodic snapshot (serve --data), or null. */
    private final GameSnapshots snapshots;
    /** The drills a drill game may play. */
    private final io.starbridge.drill.DrillCatalog drills;
    /** Starts drill games' next runs: never on the tick thread of the run that ends. */
    private final java.util.concurrent.ExecutorService drillRuns = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "drill-runs");
        t.setDaemon(true);
        return t;
    });

    public GameRegistry(Scenarios scenarios, ServerConfig config, ServerMetrics metrics, Permissions permissions,
                        ProtocolCodec codec) {
        this.scenarios = scenarios;
        this.config = config;
        this.metrics = metrics;
        this.permissions = permissions;
        this.codec = codec;
        this.saves = config.dataDir() == null ? null : new SavedGames(config.dataDir());
        this.snapshots = config.dataDir() == null ? null : new GameSnapshots(config.dataDir(), config.snapshotEverySeconds());
        if (snapshots != null && scenarios.has("strike")) snapshots.warmUp(() -> {
            Mission sample = scenarios.byId("strike").start(0, null);
            return new io.starbridge.replay.Snapshot("strike", 0, null, 0, 0, sample.state(), Map.of());
        });
        this.drills = new io.starbridge.drill.DrillCatalog(scenarios);
    }

    /** Drills from files in DATA/scenarios (serve --data), by id, offered beside the built-in ones. */
    private final Map<String, io.starbridge.drill.DrillSpec> fileDrills = new java.util.concurrent.ConcurrentSkipListMap<>();

    /**
     * Offers drills loaded from files (their scenarios must be this registry's); one whose id is a
     * built-in drill's or an earlier file's is not offered.
     * @return one line per drill not offered, saying why
     */
    public List<String> offerDrills(List<io.starbridge.drill.DrillSpec> specs) {
        List<String> skipped = new ArrayList<>();
        for (io.starbridge.drill.DrillSpec d : specs) {
            if (io.starbridge.drill.DrillCatalog.BUILT_IN.contains(d.id()) || fileDrills.containsKey(d.id()))
                skipped.add("drill '" + d.id() + "' skipped: the id is taken");
            else if (!scenarios.has(d.scenario())) skipped.add("drill '" + d.id() + "' skipped: no scenario '" + d.scenario() + "'");
            else fileDrills.put(d.id(), d);
        }
        return skipped;
    }

    /** The built-in drills, read from their files once (on first use), by id in catalogue order. */
    private Map<String, io.starbridge.drill.DrillSpec> builtInDrills;

    private synchronized Map<String, io.starbridge.drill.DrillSpec> builtInDrills() {
        if (builtInDrills == null) {
            Map<String, io.starbridge.drill.DrillSpec> m = new java.util.LinkedHashMap<>();
            for (String id : io.starbridge.drill.DrillCatalog.BUILT_IN) m.put(id, drills.find(id));
            builtInDrills = java.util.Collections.unmodifiableMap(m);
        }
        return builtInDrills;
    }

    /** Every drill a drill game may play: the built-in ones, then those from files. */
    List<io.starbridge.drill.DrillSpec> drillSpecs() {
        List<io.starbridge.drill.DrillSpec> out = new ArrayList<>(builtInDrills().values());
        out.addAll(fileDrills.values());
        return out;
    }

    /**
     * Starts a drill game: the drill's mission, run after run with seeds {@code seed}, {@code seed + 1}, …
     * (docs/drills.md, "Drills on the server"). The game keeps its id and seats across runs.
     * @throws IllegalArgumentException for an unknown drill
     */
    public Game createDrill(String drillId, Long seed, boolean open) {
        // ids of drills already loaded only: a client must not name a file on the server's disk
        io.starbridge.drill.DrillSpec spec = drillId == null ? null : offeredDrill(drillId);
        if (spec == null) throw new IllegalArgumentException("unknown drill '" + drillId + "'; known: "
                + drillSpecs().stream().map(io.starbridge.drill.DrillSpec::id).toList());
        long first = seed != null ? seed : randomSeed();
        DrillSession session = new DrillSession(spec, first);
        Mission mission = scenarios.byId(spec.scenario()).start(first, null);
        int number = nextId.getAndIncrement();
        String id = "g" + number;
        if (config.dataDir() != null) session.persistTo(DrillSessionFile.saver(DrillSessionFile.of(config.dataDir(), id)));
        SeatBook seats = newSeats(id, open, mission);
        Game game = new Game(id, mission, first, seats, permissions, codec, openJournal(id, spec.scenario(), first, null));
        game.drill(new DrillWatch(session, 0, mission), nextDrillRunAfter(number, session, 0));
        adopt(number, game, true);
        return game;
    }

    /** A drill file's or a built-in drill's spec by id, or null if this server does not offer it. */
    io.starbridge.drill.DrillSpec offeredDrill(String drillId) {
        io.starbridge.drill.DrillSpec spec = builtInDrills().get(drillId);
        return spec != null ? spec : fileDrills.get(drillId);
    }

    /** What starts run {@code run + 1} once run {@code run} of a drill game is over: never on its tick thread. */
    Runnable nextDrillRunAfter(int number, DrillSession session, int run) {
        return () -> drillRuns.execute(() -> nextDrillRun(number, session, run + 1));
    }

    /**
     * Replaces a drill game's finished run by a fresh one (drill-runs thread): the old run stops (its
     * journal ends, its run is recorded), the new mission starts with the next seed, and every station
     * of the old run is moved over and welcomed again with a full view, keeping its seat.
     */
    private void nextDrillRun(int number, DrillSession session, int run) {
        Game old = games.get(number);
        if (old == null) return; // the server is stopping
        old.stop();
        session.started(run); // after the old run's journal ended: a crash from here on recovers the new run
        long seed = session.seedOf(run);
        String scenario = session.spec().scenario();
        Mission mission = scenarios.byId(scenario).start(seed, null);
        Game next = new Game(old.id(), mission, seed, old.seats(), permissions, codec, openJournal(old.id(), scenario, seed, null));
        next.drill(new DrillWatch(session, run, mission), nextDrillRunAfter(number, session, run));
        for (StationSession s : old.sessionsAfterStop()) {
            Seat seat = s.seat;
            if (seat == null || s.closed) continue;
            s.game = next;
            next.offerControl(new Inbound.Join(s, seat));
        }
        adopt(number, next, true);
    }

    /** The saved games (serve --data), or null without a data directory. */
    SavedGames saves() { return saves; }

    /**
     * Starts a saved game again as a new game, paused at the tick it was saved at: its mission is
     * re-simulated from the saved journal (checkpoints verified) and must reach the saved state hash.
     * The new game has its own id, journal (the saved lines first) and fresh crew codes.
     * @throws IllegalArgumentException for no saves, an unknown, damaged or diverging save
     */
    public Game load(String saveName, boolean open) {
        if (saves == null) throw new IllegalArgumentException("this server keeps no saves: it runs without --data");
        Journal saved = saves.read(saveName);
        Journal.Header h = saved.header();
        Mission mission = scenarios.byId(h.scenario()).start(h.seed(), h.size());
        int number = nextId.getAndIncrement();
        String id = "g" + number;
        SeatBook seats = newSeats(id, open, mission);
        JournalFile journal = openJournal(id, h.scenario(), h.seed(), h.size());
        try {
            copyRecords(saved, journal);
            Game game = new Game(id, mission, h.seed(), seats, permissions, codec, journal);
            game.catchUp(saved);
            if (game.tick() != saved.endTick() || game.stateHashBeforeStart() != saved.endHash())
                throw new IllegalArgumentException("saved game '" + saveName + "' does not replay to the state it was saved in"
                        + " (tick " + saved.endTick() + "): was it saved by another version of Starbridge?");
            game.startPaused();
            adopt(number, game, true);
            return game;
        } catch (RuntimeException e) {
            try { journal.close(); } catch (IOException ignored) { /* the load failed anyway */ }
            throw e instanceof io.starbridge.replay.ReplayDivergence d
                    ? new IllegalArgumentException("saved game '" + saveName + "' " + d.getMessage()) : e;
        }
    }

    /** A new game's seats, saved under DATA/games/ID.json as they change (serve --data). */
    private SeatBook newSeats(String id, boolean open, Mission mission) {
        SeatBook seats = new SeatBook(random, open, Math.round(config.seatHoldSeconds() * 1000), mission.playerShipIds());
        if (config.dataDir() != null) seats.persistTo(SeatFile.saver(SeatFile.of(config.dataDir(), id)));
        return seats;
    }

    /** A seed for a game created without one: 32 bits, short enough to read out and type. */
    private long randomSeed() { return random.nextLong() & 0xFFFF_FFFFL; }

    /** The saved commands, reaction reports and checkpoints, in tick order, into a new game's journal (so a crash after loading recovers). */
    private static void copyRecords(Journal saved, JournalFile into) {
        into.writer().records(saved, saved.endTick());
        into.sync();
    }

    public Scenarios scenarios() { return scenarios; }

    /**
     * Starts a game of a scenario.
     * @param seed null for a random one
     * @throws IllegalArgumentException for an unknown scenario
     */
    public Game create(String scenarioId, Long seed, boolean open) {
        return create(scenarioId, seed, null, open);
    }

    /**
     * Starts a game of a scenario at a size (e.g. battlefield's medium, large, huge).
     * @param size null for the scenario's default
     * @throws IllegalArgumentException for an unknown scenario or size
     */
    public Game create(String scenarioId, Long seed, String size, boolean open) {
        return create(scenarioId, seed, size, open, true);
    }

    /**
     * A game without a TickLoop, stepped by its caller (lock-step tests): the caller is its tick thread
     * and calls {@link Game#runTick} (and {@link Game#serveControls} between ticks).
     */
    Game createSteppedByCaller(String scenarioId, long seed, boolean open) {
        return create(scenarioId, seed, null, open, false);
    }

    private Game create(String scenarioId, Long seed, String size, boolean open, boolean withTickLoop) {
        long s = seed != null ? seed : randomSeed();
        Mission mission = scenarios.byId(scenarioId).start(s, size);
        int number = nextId.getAndIncrement();
        String id = "g" + number;
        SeatBook seats = newSeats(id, open, mission);
        Game game = new Game(id, mission, s, seats, permissions, codec, openJournal(id, scenarioId, s, size));
        adopt(number, game, withTickLoop);
        return game;
    }

    /**
     * Brings back the games a crash interrupted (journals without an end record under DATA) and
     * keeps new game ids clear of every id already on disk. Call once, before serving.
     */
    public List<GameRecovery.Report> recover() {
        if (config.dataDir() == null) return List.of();
        GameRecovery recovery = new GameRecovery(config, scenarios, permissions, codec, random, snapshots,
                new GameRecovery.DrillGames(this::offeredDrill, this::nextDrillRunAfter));
        List<GameRecovery.Report> reports = recovery.recoverAll((game, number) -> adopt(number, game, true));
        nextId.accumulateAndGet(recovery.highestIdOnDisk() + 1, Math::max);
        return reports;
    }

    /** Registers a game under its id number and starts its tick loop (unless its caller steps it). */
    private void adopt(int number, Game game, boolean withTickLoop) {
        games.put(number, game);
        if (recorder != null) game.recordTo(recorder);
        if (saves != null) game.saveWith(saves);
        if (snapshots != null) game.snapshotWith(snapshots);
        nextId.accumulateAndGet(number + 1, Math::max);
        if (withTickLoop) game.start(new TickLoop("tick-" + game.id(), config.ticksPerSecond(), game::runTick, metrics));
    }

    /**
     * Opens DATA/journals/ID-SCENARIO-SEED.jsonl in replay format, or returns null without a data
     * directory. {@code replay FILE} verifies a served game from it (game-master spawns excepted).
     */
    private JournalFile openJournal(String id, String scenarioId, long seed, String size) {
        if (config.dataDir() == null) return null;
        try {
            Files.createDirectories(config.dataDir().resolve("journals"));
            Path file = config.dataDir().resolve(journalPath(id, scenarioId, seed));
            return JournalFile.create(file, new Journal.Header(Journal.VERSION, scenarioId, seed, size, 0), config.fsyncJournal());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a journal under " + config.dataDir(), e);
        }
    }

    /** A game's journal file relative to the data directory: journals/ID-SCENARIO-SEED.jsonl. */
    static String journalPath(String id, String scenarioId, long seed) {
        return "journals/" + id + "-" + scenarioId + "-" + seed + ".jsonl";
    }

    /** From now on every game adopted (created or recovered) is recorded as a run when it finishes. */
    void recordFinishedGamesWith(RunRecorder recorder) { this.recorder = recorder; }

    /** The game with this id, or null. */
    public Game get(String id) {
        if (id == null || id.length() < 2 || id.charAt(0) != 'g') return null;
        try { return games.get(Integer.parseInt(id.substring(1))); }
        catch (NumberFormatException e) { return null; }
    }

    /** The game holding a resume token, or null. */
    Game byToken(String token) {
        for (Game g : games.values()) if (g.seats().hasToken(token)) return g;
        return null;
    }

    public List<Game> all() { return new ArrayList<>(games.values()); }

    public void stopAll() {
        drillRuns.shutdownNow();
        for (Game g : games.values()) g.stop();
        if (snapshots != null) snapshots.close(); // the deletes of the stopped games' snapshots are done
    }
}
