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

    public GameRegistry(Scenarios scenarios, ServerConfig config, ServerMetrics metrics, Permissions permissions,
                        ProtocolCodec codec) {
        this.scenarios = scenarios;
        this.config = config;
        this.metrics = metrics;
        this.permissions = permissions;
        this.codec = codec;
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
        long s = seed != null ? seed : random.nextLong() & 0xFFFF_FFFFL;
        Mission mission = scenarios.byId(scenarioId).start(s, size);
        int number = nextId.getAndIncrement();
        String id = "g" + number;
        SeatBook seats = new SeatBook(random, open, Math.round(config.seatHoldSeconds() * 1000), mission.playerShipIds());
        if (config.dataDir() != null) seats.persistTo(SeatFile.saver(SeatFile.of(config.dataDir(), id)));
        Game game = new Game(id, mission, s, seats, permissions, codec, openJournal(id, scenarioId, s, size));
        adopt(number, game);
        return game;
    }

    /**
     * Brings back the games a crash interrupted (journals without an end record under DATA) and
     * keeps new game ids clear of every id already on disk. Call once, before serving.
     */
    public List<GameRecovery.Report> recover() {
        if (config.dataDir() == null) return List.of();
        GameRecovery recovery = new GameRecovery(config, scenarios, permissions, codec, random);
        List<GameRecovery.Report> reports = recovery.recoverAll((game, number) -> adopt(number, game));
        nextId.accumulateAndGet(recovery.highestIdOnDisk() + 1, Math::max);
        return reports;
    }

    /** Registers a game under its id number and starts its tick loop. */
    private void adopt(int number, Game game) {
        games.put(number, game);
        nextId.accumulateAndGet(number + 1, Math::max);
        game.start(new TickLoop("tick-" + game.id(), config.ticksPerSecond(), game::runTick, metrics));
    }

    /**
     * Opens DATA/journals/ID-SCENARIO-SEED.jsonl in replay format, or returns null without a data
     * directory. {@code replay FILE} verifies a served game from it (game-master spawns excepted).
     */
    private JournalFile openJournal(String id, String scenarioId, long seed, String size) {
        if (config.dataDir() == null) return null;
        try {
            Path dir = Files.createDirectories(config.dataDir().resolve("journals"));
            Path file = dir.resolve(id + "-" + scenarioId + "-" + seed + ".jsonl");
            return JournalFile.create(file, new Journal.Header(Journal.VERSION, scenarioId, seed, size, 0), config.fsyncJournal());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a journal under " + config.dataDir(), e);
        }
    }

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

    public void stopAll() { for (Game g : games.values()) g.stop(); }
}
