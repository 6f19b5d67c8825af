package io.starbridge.server;

import io.starbridge.bot.BotCrew;
import io.starbridge.scenario.Mission;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandCodec;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.event.SimEvent;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A lock-step soak: a bot crew plays a mission on a real server through six WebSocket stations, each
 * behind its own {@link FaultyProxy}, while planned faults cut, truncate, stall and slow their
 * connections. The test thread is the game's tick thread: each tick the bots decide from the game's
 * world, each command goes out through its role's station, and the game steps only once every command
 * of the tick has reached its inbound queue and every station is seated again — so the run can be
 * compared bit for bit with the headless {@link HeadlessReference}, whatever the wall clock did.
 */
final class SoakRun {
    /** The stations of one bot crew (the bots' roles). */
    static final List<Role> ROLES = List.of(Role.HELM, Role.ENGINEERING, Role.SCIENCE, Role.WEAPONS, Role.CAPTAIN,
            Role.AWAY_TEAM);
    /** How long the run waits for one command, welcome or ack before failing, ms. */
    private static final long WAIT_MS = 20_000;
    /**
     * A stall ends in its cut after its ticks, or sooner when the game has waited this long, ms: a stalled
     * station may not hear that the server closed its connection (a late resume of an older connection
     * took the seat), and the game cannot step on while one of its commands hangs there.
     */
    private static final long STALL_PATIENCE_MS = 250;
    /**
     * A station whose command has waited this long on a connection that seems open gives that connection
     * up and resumes (a client's ping timeout): a reset is not always reported to the socket's listener.
     */
    private static final long SILENCE_PATIENCE_MS = 2_000;

    /** Stalled station (index in ROLES) → the tick its stall ends in a cut (test thread). */
    private final Map<Integer, Long> stallEnds = new HashMap<>();

    enum Fault {
        /** The command's frame is lost on its way and the connection cut: it must be resent. */
        BEFORE_COMMAND,
        /** The command reached the game, the connection is cut before its ack: the resend must not apply twice. */
        BEFORE_ACK,
        /** Cut while the station idles between ticks. */
        BETWEEN_TICKS,
        /** Cut inside a frame the server is sending (a view, delta or event). */
        MID_FRAME,
        /** The station stops reading for some ticks (its server queue backs up), then the connection is cut. */
        STALL_THEN_CUT
    }

    /** What a soak measured. */
    record Figures(String scenario, long seed, long faultSeed, long ticks, String stateHash, String headlessHash,
                   String outcome, String headlessOutcome, int commands, int journaled, long dropsInjected,
                   Map<Fault, Integer> faultsPlanned, int resumes, int welcomesAtCurrentTick, int resentCommands,
                   long duplicatesSuppressed, int commandsLost, int appliedTwice, int ackedNotJournaledOnce,
                   long delayedChunks, long wallMs, List<String> problems, int silentConnectionsAbandoned) {}

    private final String scenarioId;
    private final long seed;
    private final int drops;
    private final long faultSeed;

    /**
     * Faults planned per drop wanted: ≈ 7 % of planned faults land on a connection already cut (or a stall
     * outlives the run), so a little more is planned than the drops asked for.
     */
    private static final double PLANNED_PER_DROP = 1.15;

    /** @param drops connection cuts wanted */
    SoakRun(String scenarioId, long seed, int drops, long faultSeed) {
        this.scenarioId = scenarioId;
        this.seed = seed;
        this.drops = drops;
        this.faultSeed = faultSeed;
    }

    Figures run() throws Exception {
        long started = System.nanoTime();
        HeadlessReference reference = HeadlessReference.play(scenarioId, seed, 60L * 60 * 60);
        Random random = new Random(faultSeed);
        Map<Fault, Integer> planned = new EnumMap<>(Fault.class);
        Map<String, Fault> commandFaults = planCommandFaults(reference, random, planned);
        Map<Long, List<int[]>> tickFaults = planTickFaults(reference, random, planned); // tick → {fault, station, arg}

        List<String> problems = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        try (ServerFixture fixture = new ServerFixture(60)) {
            Game game = fixture.server.games().createSteppedByCaller(scenarioId, seed, true);
            Mission mission = game.mission();
            if (mission.playerShipIds().size() != 1)
                throw new IllegalArgumentException(scenarioId + " has " + mission.playerShipIds().size() + " player ships; the soak crews one");
            int shipId = mission.playerShipIds().get(0);
            Map<Role, SoakStation> stations = new EnumMap<>(Role.class);
            try {
                // one hello at a time: concurrent hellos can lose a seat (SeatBook.take expires a seat another
                // hello has taken but not yet attached), which is not what this test is about
                for (Role role : ROLES) {
                    SoakStation station = new SoakStation(http, new FaultyProxy(fixture.port), game.id(), shipId, role, game::tick);
                    stations.put(role, station);
                    awaitAll(game, stations, role + " seated", station::ready);
                }
                List<BotCrew> bots = BotCrew.forMission(mission, seed);
                List<SimEvent> last = List.of();
                while (!mission.ended() && mission.world().tick() < reference.ticks()) {
                    long tick = mission.world().tick() + 1;
                    List<Command> commands = new ArrayList<>();
                    for (BotCrew bot : bots) commands.addAll(bot.act(last));
                    checkSameDecisions(tick, commands, reference);
                    for (int[] f : tickFaults.getOrDefault(tick, List.of()))
                        inject(Fault.values()[f[0]], stations.get(ROLES.get(f[1])), f[2], tick, f[1]);
                    for (var it = stallEnds.entrySet().iterator(); it.hasNext(); ) {
                        Map.Entry<Integer, Long> stall = it.next();
                        if (stall.getValue() > tick) continue;
                        stations.get(ROLES.get(stall.getKey())).proxy.cutNow();
                        it.remove();
                    }
                    for (Command c : commands) {
                        SoakStation station = stations.get(c.origin().role());
                        Fault fault = commandFaults.get(tick + "/" + c.origin().role());
                        if (fault == Fault.BEFORE_COMMAND && station.ready()) station.proxy.loseNextToServer();
                        long seq = station.send(c);
                        awaitAll(game, stations, c.origin().role() + " seq " + seq + " of tick " + tick + " queued",
                                () -> queued(game, station.role, seq));
                        if (fault == Fault.BEFORE_ACK) station.proxy.cutAfterBytesToStation(0);
                    }
                    awaitAll(game, stations, "every station seated before tick " + tick, () -> allReady(stations));
                    game.runTick();
                    last = game.lastEvents();
                    for (SoakStation s : stations.values()) s.service();
                }
                long ticks = mission.world().tick();
                long hash = mission.world().stateHash();
                String outcome = mission.outcome();
                // the acks of the last ticks (or their resends' acks) must all arrive; resends need a tick to be answered
                awaitAll(game, stations, "every command acknowledged", () -> {
                    if (!game.queuedCommands().isEmpty()) game.runTick();
                    return stations.values().stream().allMatch(s -> s.ready() && s.unackedCount() == 0);
                });
                return figures(reference, game, stations, ticks, hash, outcome, planned, problems,
                        (System.nanoTime() - started) / 1_000_000);
            } finally {
                for (SoakStation s : stations.values()) {
                    s.abort();
                    s.proxy.close();
                }
            }
        }
    }

    private Figures figures(HeadlessReference reference, Game game, Map<Role, SoakStation> stations, long ticks, long hash,
                            String outcome, Map<Fault, Integer> planned, List<String> problems, long wallMs) {
        List<Journal.Entry> journal = game.journal().entries();
        List<String> expected = new ArrayList<>();
        reference.commandsByTick().forEach((t, cs) -> { for (Command c : cs) expected.add(entryKey(t, CommandCodec.encode(c))); });
        List<String> actual = new ArrayList<>();
        Map<String, Long> journaledTick = new HashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        for (Journal.Entry e : journal) {
            actual.add(entryKey(e.tick(), e.fields()));
            String id = e.fields().get("role") + "/" + e.fields().get("seq");
            copies.merge(id, 1, Integer::sum);
            journaledTick.put(id, e.tick());
        }
        Set<String> journaledSet = new HashSet<>(actual);
        int lost = 0;
        for (String k : expected) if (!journaledSet.contains(k)) lost++;
        int twice = 0;
        for (int n : copies.values()) if (n > 1) twice += n - 1;
        if (!actual.equals(expected)) problems.add("the journal differs from the headless run's commands");
        int ackedBadly = 0, resumes = 0, atTick = 0, resent = 0, abandoned = 0;
        long delayed = 0, cuts = 0;
        for (SoakStation s : stations.values()) {
            for (Map.Entry<Long, Long> a : s.ackedInTick().entrySet()) {
                String id = s.role + "/" + a.getKey();
                if (copies.getOrDefault(id, 0) != 1 || !a.getValue().equals(journaledTick.get(id))) ackedBadly++;
            }
            resumes += s.resumes;
            atTick += s.welcomesAtCurrentTick;
            resent += s.resent;
            abandoned += s.silentConnectionsAbandoned;
            delayed += s.proxy.delayedChunks.get();
            cuts += s.proxy.cuts.get();
            problems.addAll(s.problems);
        }
        return new Figures(scenarioId, seed, faultSeed, ticks, Long.toHexString(hash), Long.toHexString(reference.stateHash()),
                outcome, reference.outcome(), expected.size(), journal.size(), cuts, planned, resumes, atTick, resent,
                game.duplicatesSuppressed(), lost, twice, ackedBadly, delayed, wallMs, problems, abandoned);
    }

    /** A journal line without its member id (the server names people m0, m1 …; the headless bots bot-helm …). */
    private static String entryKey(long tick, Map<String, Object> fields) {
        Map<String, Object> f = new TreeMap<>(fields);
        f.remove("member");
        return tick + " " + f;
    }

    private Map<String, Fault> planCommandFaults(HeadlessReference reference, Random random, Map<Fault, Integer> planned) {
        Map<String, Fault> out = new LinkedHashMap<>();
        int commands = reference.commandCount();
        double chance = Math.min(0.5, 0.3 * drops * PLANNED_PER_DROP / Math.max(1, commands));
        reference.commandsByTick().forEach((tick, cs) -> {
            for (Command c : cs) {
                if (random.nextDouble() >= chance) continue;
                Fault f = random.nextBoolean() ? Fault.BEFORE_COMMAND : Fault.BEFORE_ACK;
                if (out.putIfAbsent(tick + "/" + c.origin().role(), f) == null) planned.merge(f, 1, Integer::sum);
            }
        });
        return out;
    }

    private Map<Long, List<int[]>> planTickFaults(HeadlessReference reference, Random random, Map<Fault, Integer> planned) {
        int commandFaults = planned.values().stream().mapToInt(Integer::intValue).sum();
        Map<Long, List<int[]>> out = new HashMap<>();
        for (int i = commandFaults; i < Math.round(drops * PLANNED_PER_DROP); i++) {
            long tick = 2 + (long) (random.nextDouble() * (reference.ticks() - 2));
            double kind = random.nextDouble();
            Fault f = kind < 0.4 ? Fault.BETWEEN_TICKS : kind < 0.8 ? Fault.MID_FRAME : Fault.STALL_THEN_CUT;
            int arg = switch (f) {
                case MID_FRAME -> 1 + random.nextInt(400);       // bytes let through before the cut
                case STALL_THEN_CUT -> 1 + random.nextInt(30);   // ticks stalled
                default -> random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; // ms of delay on the next connection
            };
            out.computeIfAbsent(tick, t -> new ArrayList<>()).add(new int[] {f.ordinal(), random.nextInt(ROLES.size()), arg});
            planned.merge(f, 1, Integer::sum);
        }
        return out;
    }

    private void inject(Fault fault, SoakStation station, int arg, long tick, int index) {
        switch (fault) {
            case BETWEEN_TICKS -> {
                station.slowNextConnectionMs = arg;
                station.proxy.cutNow();
            }
            case MID_FRAME -> station.proxy.cutAfterBytesToStation(arg);
            case STALL_THEN_CUT -> {
                station.proxy.stallToStation(true);
                stallEnds.put(index, tick + arg);
            }
            default -> throw new IllegalArgumentException(fault + " is planned per command");
        }
    }

    private static void checkSameDecisions(long tick, List<Command> commands, HeadlessReference reference) {
        List<Command> want = reference.commandsByTick().getOrDefault(tick, List.of());
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        for (Command c : commands) a.add(entryKey(tick, CommandCodec.encode(c)));
        for (Command c : want) b.add(entryKey(tick, CommandCodec.encode(c)));
        if (!a.equals(b))
            throw new AssertionError("tick " + tick + ": the bots decided " + a + " where the headless run decided " + b);
    }

    private static boolean queued(Game game, Role role, long seq) {
        for (Inbound in : game.queuedCommands())
            if (in instanceof Inbound.CommandIn c && c.seat().role == role && c.seq() == seq) return true;
        return false;
    }

    private static String seatState(Game game, SoakStation s) {
        if (s.memberId() == null) return "none";
        Seat seat = game.seats().seatOf(s.memberId(), game.mission().playerShipIds().get(0), s.role);
        if (seat == null) return "gone";
        StationSession session = seat.session;
        return session == null ? "held" : "on " + session.id + (session.closed ? " (closed)" : "") + ", backlog " + session.backlog();
    }

    private static boolean allReady(Map<Role, SoakStation> stations) {
        for (SoakStation s : stations.values()) if (!s.ready()) return false;
        return true;
    }

    /** Keeps the game's joins served and the stations reconnecting until the condition holds. */
    private void awaitAll(Game game, Map<Role, SoakStation> stations, String what, BooleanSupplier condition) {
        long started = System.nanoTime();
        long deadline = started + WAIT_MS * 1_000_000;
        while (true) {
            if (!stallEnds.isEmpty() && System.nanoTime() - started > STALL_PATIENCE_MS * 1_000_000) {
                for (int index : stallEnds.keySet()) stations.get(ROLES.get(index)).proxy.cutNow();
                stallEnds.clear();
            }
            game.serveControls();
            if (System.nanoTime() - started > SILENCE_PATIENCE_MS * 1_000_000) {
                for (SoakStation s : stations.values()) if (s.ready() && s.unackedCount() > 0) s.presumeDead();
                started = System.nanoTime() - STALL_PATIENCE_MS * 1_000_000; // patience again for the new connections
            }
            for (SoakStation s : stations.values()) s.service();
            if (condition.getAsBoolean()) return;
            if (System.nanoTime() > deadline) {
                StringBuilder state = new StringBuilder();
                for (SoakStation s : stations.values())
                    state.append(' ').append(s.role).append(s.ready() ? " ready" : " not ready")
                            .append(" unacked ").append(s.unackedCount()).append(" problems ").append(s.problems)
                            .append(" proxy ").append(s.proxy.describe()).append(" server seat ").append(seatState(game, s))
                            .append(';');
                throw new AssertionError("waited " + WAIT_MS + " ms for " + what + " at tick " + game.tick() + ":" + state);
            }
            LockSupport.parkNanos(20_000);
        }
    }
}
