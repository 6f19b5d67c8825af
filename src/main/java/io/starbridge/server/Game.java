package io.starbridge.server;


import io.starbridge.drill.MissionTimings;
import io.starbridge.protocol.EventCodec;
import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.protocol.ServerMessage;
import io.starbridge.replay.MissionRunner;
import io.starbridge.replay.Snapshot;
import io.starbridge.scenario.Intel;
import io.starbridge.scenario.Mission;
import io.starbridge.sim.World;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.Ship;
import io.starbridge.station.DebriefSection;
import io.starbridge.station.GameInfo;
import io.starbridge.station.Permissions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * One running game: a {@link Mission}, its seats, its inbound queues and its journal. {@link #tick}
 * runs on the game's {@link TickLoop} thread and is the only code that touches the world.
 */
public final class Game {
    /** Commands waiting for the next tick, at most; more are rejected as "server busy". */
    static final int INBOUND_CAPACITY = 4096;

    private final String id;
    private final Mission mission;
    private final SeatBook seats;
    private final Journal journal;
    private final Permissions permissions;
    private final ProtocolCodec codec;
    private final StationPublisher publisher;
    private final GameMaster gameMaster;
    private final BlockingQueue<Inbound> commands = new ArrayBlockingQueue<>(INBOUND_CAPACITY);
    /** Joins and detaches: few and never dropped, so unbounded. */
    private final ConcurrentLinkedQueue<Inbound> controls = new ConcurrentLinkedQueue<>();
    /** The stations' view of the mission's objectives (the done flags live in the mission itself). */
    private final ObjectiveViews objectives;
    /** Each player ship's debrief and drill figures, fed every tick's events from the start (ascending ship ids). */
    private final Map<Integer, DebriefSection> debriefs = new TreeMap<>();
    private final Map<Integer, MissionTimings> timings = new TreeMap<>();
    /** The stations' own reaction times, reported with their commands (tick thread). */
    /** Not final: crash recovery from a snapshot puts back the one the game had then. */
    private StationReactions reactions = new StationReactions();
    /** In a drill game: this run's watch, and what starts the next run (set before the loop starts). */
    private DrillWatch drill;
    private Runnable nextDrillRun;
    private TickLoop loop;
    /** The journal file in replay format (docs/journal-format.md), or null without --data. */
    private final JournalFile journalFile;
    private final long seed;
    /** Where this game keeps its snapshot (with a journal file), or null. */
    private GameSnapshots snapshots;
    private java.nio.file.Path snapshotFile;
    /** Where a game master's save goes (serve --data), or null. */
    private volatile SavedGames saves;
    private final long createdAtMs = System.currentTimeMillis();
    /** Told once when the game finishes, or null (no --data); recordedRun guarded by this. */
    private RunRecorder recorder;
    private boolean recordedRun;

    // tick thread only
    private final List<StationSession> sessions = new ArrayList<>();
    /** By {@link #seatKey}: where a rejection goes back to. */
    private final Map<String, Seat> seatsByMember = new HashMap<>();
    private long loopCount;
    /** The debrief sections built after the last tick; empty until the mission has an outcome. */
    private Map<Integer, Map<String, Object>> debriefViews = Map.of();
    /** The events of the last tick, and commands answered as already applied (a resent seq), since the start. */
    private List<SimEvent> lastEvents = List.of();
    private long duplicatesSuppressed;

    /** Published by the tick thread for other threads. */
    private volatile long tick;
    private volatile boolean paused;
    private volatile String message;
    private volatile String outcome;
    private volatile List<Map<String, Object>> shipSummaries = List.of();

    Game(String id, Mission mission, long seed, SeatBook seats, Permissions permissions, ProtocolCodec codec,
         JournalFile journalFile) {
        this.id = id;
        this.journalFile = journalFile;
        this.seed = seed;
        this.mission = mission;
        this.seats = seats;
        this.journal = new Journal(mission.scenarioId(), seed);
        this.permissions = permissions;
        this.codec = codec;
        this.publisher = new StationPublisher(codec);
        this.gameMaster = new GameMaster(this);
        this.objectives = new ObjectiveViews(mission);
        Intel intel = mission.intel();
        int targetId = intel != null ? intel.targetShipId() : -1;
        for (int shipId : mission.playerShipIds()) {
            debriefs.put(shipId, new DebriefSection(shipId, targetId));
            timings.put(shipId, new MissionTimings(shipId, targetId, DebriefSection.criticals(mission.world(), targetId)));
        }
        this.tick = mission.world().tick();
        refreshShipSummaries();
    }

    public String id() { return id; }
    public String scenarioId() { return mission.scenarioId(); }
    public long tick() { return tick; }
    public boolean paused() { return paused; }
    /** The mission's outcome once decided, else null. */
    public String outcome() { return outcome; }
    public boolean open() { return seats.open(); }
    public Journal journal() { return journal; }
    SeatBook seats() { return seats; }
    Permissions permissions() { return permissions; }
    /** Ships as the lobby lists them: id, name, player. Safe from any thread. */
    List<Map<String, Object>> shipSummaries() { return shipSummaries; }
    boolean hasShip(int shipId) {
        for (Map<String, Object> s : shipSummaries) if (((Integer) s.get("id")) == shipId) return true;
        return false;
    }

    void start(TickLoop loop) {
        this.loop = loop;
        loop.start();
    }

    /** Stops the tick loop, then closes the journal file with its end record. */
    void stop() {
        if (loop != null) loop.stop();
        recordFinish(); // a game stopped without an outcome is a run too
        if (journalFile != null) {
            try (JournalFile j = journalFile) {
                j.writer().end(mission.world().tick(), mission.outcome(), mission.world().stateHash());
                j.sync();
                if (snapshots != null) snapshots.delete(snapshotFile); // an ended journal is not recovered
            } catch (IOException | UncheckedIOException e) {
                System.err.println("cannot close the journal of " + id + ": " + e.getMessage());
            }
        }
    }

    /** Socket thread: @return false when the queue is full */
    boolean offerCommand(Inbound in) { return commands.offer(in); }

    /** Socket thread. */
    void offerControl(Inbound in) { controls.add(in); }

    /** One game tick (tick thread). */
    void runTick() {
        publisher.newTick();
        World world = mission.world();
        for (Inbound in; (in = controls.poll()) != null; ) control(in, world);

        List<Command> applied = new ArrayList<>();
        List<Inbound.CommandIn> accepted = new ArrayList<>();
        long applyTick = world.tick() + 1;
        for (Inbound in; (in = commands.poll()) != null; ) {
            Inbound.CommandIn c = in instanceof Inbound.GmIn g ? gameMaster.apply(g, world, applyTick) : (Inbound.CommandIn) in;
            if (c == null) continue;
            Long before = c.seat().appliedTick(c.seq());
            if (before != null) {
                duplicatesSuppressed++;
                c.session().send(codec.encode(new ServerMessage.Ack(c.seq(), before)));
                continue;
            }
            if (paused) {
                c.session().send(codec.encode(new ServerMessage.Rejected(c.seq(), "the game is paused", -1)));
                continue;
            }
            c.seat().rememberApplied(c.seq(), applyTick);
            journal.command(applyTick, c.command());
            accepted.add(c);
            applied.add(c.command());
        }
        // journaled before acknowledged: the file lines for this tick are written, then fsynced (one per tick)
        if (journalFile != null && !applied.isEmpty()) {
            journalFile.writer().commands(applyTick, applied);
            journalFile.writer().reactions(applyTick, StationReactions.journaled(accepted));
            journalFile.sync();
        }
        for (Inbound.CommandIn c : accepted) {
            reactions.report(c.seat().shipId, c.seat().role, applyTick, c.reactions());
            c.session().commandApplied = true;
        }

        List<SimEvent> events = paused ? List.of() : mission.step(applied);
        lastEvents = events;
        if (!paused && journalFile != null && mission.simulation().atCheckpoint()) {
            long hash = world.stateHash();
            journalFile.writer().checkpoint(world.tick(), hash);
            if (snapshots != null && snapshots.due(world.tick())) {
                journalFile.sync(); // the checkpoint the snapshot will be checked against is on disk before it
                if (!snapshots.take(snapshotFile, () -> snapshot(hash), id)) snapshots = null;
            }
        }
        tick = world.tick();
        outcome = mission.outcome();
        if (world.ships().size() != shipSummaries.size()) refreshShipSummaries(); // a spawn
        observeDebriefs(world, events);
        if (drill != null && !paused) {
            drill.onTick(world.tick(), events, () -> reactions.figures(mission.playerShipIds().get(0)));
            if (drill.nextRunDue(world.tick())) nextDrillRun.run();
        }
        // a drill run is recorded when it is replaced by the next (it may end after the mission's outcome)
        if (outcome != null && drill == null) recordFinish();
        publisher.newTick(); // views built for welcomes above show the world before this step
        boolean cadence = loopCount++ % StationPublisher.VIEW_EVERY_TICKS == 0;
        // the acks (journaled above) go out right after the deltas that show the commands' effects: each
        // write wakes a client, and on a small machine that wake-up can take the CPU from this thread
        // (a rejection by the simulation follows its ack, as before)
        publisher.publish(world, events, sessions, cadence, info(), objectives.now(), () -> {
            for (Inbound.CommandIn c : accepted) c.session().send(codec.encode(new ServerMessage.Ack(c.seq(), applyTick)));
            for (SimEvent e : events) if (e instanceof CommandRejected r) routeRejection(r);
        });
    }

    /** From now on this game keeps its snapshots (only with a journal file; {@link GameSnapshots}). */
    void snapshotWith(GameSnapshots snapshots) {
        if (journalFile == null) return;
        this.snapshotFile = snapshots.fileFor(journalFile.path());
        this.snapshots = snapshots;
    }

    /** This game now, for a snapshot (tick thread, between ticks; serialize it at once). */
    Snapshot snapshot(long stateHash) {
        World world = mission.world();
        return new Snapshot(mission.scenarioId(), seed, mission.size(), world.tick(), stateHash, mission.state(),
                SnapshotObservers.of(debriefs, timings, reactions));
    }

    /** Crash recovery from a snapshot, before {@link #catchUp}: what the game had kept of the events before it. */
    void restoreObservers(Snapshot snapshot) {
        Map<Integer, DebriefSection> keptDebriefs = SnapshotObservers.debriefs(snapshot);
        Map<Integer, MissionTimings> keptTimings = SnapshotObservers.timings(snapshot);
        reactions = SnapshotObservers.reactions(snapshot);
        debriefs.clear();
        debriefs.putAll(keptDebriefs);
        timings.clear();
        timings.putAll(keptTimings);
    }

    /**
     * Crash recovery, before the loop starts: re-simulates a journal cut short up to its last tick,
     * verifying its checkpoints, feeding objectives and debriefs as live, and giving each held seat
     * back the sequence numbers it had sent (a station resending after the restart is not applied twice).
     * @throws io.starbridge.replay.ReplayDivergence if a checkpoint hash differs
     */
    void catchUp(io.starbridge.replay.Journal recorded) { catchUp(recorded, 0); }

    /**
     * The same from a snapshot taken after {@code fromTick} (mission and observers already restored):
     * the commands up to it are only remembered, the rest re-simulated.
     */
    void catchUp(io.starbridge.replay.Journal recorded, long fromTick) {
        World world = mission.world();
        if (world.tick() != fromTick) throw new IllegalStateException("the mission is at tick " + world.tick() + ", not " + fromTick);
        for (Map.Entry<Long, List<Command>> e : recorded.commandsByTick().headMap(fromTick, true).entrySet())
            for (Command c : e.getValue()) {
                journal.command(e.getKey(), c);
                Seat seat = seats.seatOf(c.origin().memberId(), c.origin().shipId(), c.origin().role());
                if (seat != null) seat.rememberApplied(c.origin().seq(), e.getKey());
            }
        new MissionRunner(mission, (t, last) -> {
            // the stations' reports of this tick, checked against the events seen so far, as live
            for (io.starbridge.replay.StationReaction r : recorded.reactionsByTick().getOrDefault(t, List.of()))
                reactions.report(r.shipId(), r.role(), t, List.of(StationReactions.asReport(r)));
            List<Command> commands = recorded.commandsByTick().getOrDefault(t, List.of());
            for (Command c : commands) {
                journal.command(t, c);
                Seat seat = seats.seatOf(c.origin().memberId(), c.origin().shipId(), c.origin().role());
                if (seat != null) seat.rememberApplied(c.origin().seq(), t);
            }
            return commands;
        }).onEvents((t, events) -> {
            observeDebriefs(world, events);
            // a drill run measures itself again; the next run starts live, after the loop starts
            // (the stations' reaction reports are not journaled: a run that ends here has the drill's figures only)
            if (drill != null) drill.onTick(t, events, () -> reactions.figures(mission.playerShipIds().get(0)));
        }).verify(recorded.checkpoints()).run(recorded.endTick(), false);
        tick = world.tick();
        outcome = mission.outcome();
        refreshShipSummaries();
    }

    /**
     * Between ticks of a game stepped by its caller (created with {@code GameRegistry.createSteppedByCaller},
     * no TickLoop; the caller is the tick thread): welcomes joins and drops detaches now, as the next
     * tick would at its start, without stepping the world.
     */
    void serveControls() {
        for (Inbound in; (in = controls.poll()) != null; ) control(in, mission.world());
    }

    /** What waits for the next tick (any thread): a stepping caller waits until a command has arrived. */
    List<Inbound> queuedCommands() { return List.copyOf(commands); }

    /** The mission; tick thread only (a stepping caller's bots read its world between ticks). */
    Mission mission() { return mission; }

    /** The events of the last tick; tick thread only. */
    List<SimEvent> lastEvents() { return lastEvents; }

    /** Commands not applied because their seq was applied before (resent after a reconnect); tick thread only. */
    long duplicatesSuppressed() { return duplicatesSuppressed; }

    /** Records this game as a run when it finishes (serve --data); before its loop starts. */
    void recordTo(RunRecorder recorder) { this.recorder = recorder; }

    /** Wall clock when this Game object was made (for a recovered game: when it was recovered), epoch ms. */
    long createdAtMs() { return createdAtMs; }

    /** The first player ship's drill figures so far (simulated ms); tick thread, or after the loop stopped. */
    Map<String, Long> figures() {
        return timings.isEmpty() ? Map.of() : figuresOf(timings.keySet().iterator().next());
    }

    /**
     * A player ship's figures: the server's (simulated ms, from ticks) and then the stations' own
     * reaction times (ms on each station's clock, {@link StationReactions}). Tick thread.
     */
    Map<String, Long> figuresOf(int shipId) {
        Map<String, Long> all = new LinkedHashMap<>(timings.get(shipId).figures());
        all.putAll(reactions.figures(shipId));
        return all;
    }

    /** Everyone who took a crew seat (observers and the game master aside), sorted; tick thread or after the loop stopped. */
    List<String> crewNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (Seat s : seatsByMember.values()) if (permissions.isCrewSeat(s.role) && s.name != null && !s.name.isBlank()) names.add(s.name.strip());
        return List.copyOf(names);
    }

    /** Hands the game to its recorder once: on the tick of its outcome, or when stopped without one. */
    private synchronized void recordFinish() {
        if (recorder == null || recordedRun) return;
        recordedRun = true;
        recorder.finished(this, mission.world().tick(), mission.world().stateHash(), mission.outcome());
    }

    /** Saves go here from now on (serve --data); before the loop starts. */
    void saveWith(SavedGames saves) { this.saves = saves; }

    /**
     * Makes this game one run of a drill (before the loop starts): {@code nextRun} is called once, on the
     * tick thread, when the pause after this run is over; it must not block (it hands off to another thread).
     */
    void drill(DrillWatch watch, Runnable nextRun) {
        this.drill = watch;
        this.nextDrillRun = nextRun;
    }

    /** The drill run this game is, or null; its state on the tick thread or after the loop stopped. */
    DrillWatch drillWatch() { return drill; }

    /** The drill this game drills, or null (any thread: set before the loop starts). */
    String drillId() { return drill == null ? null : drill.drillId(); }

    /** The stations being served; only once the loop has stopped (the next drill run takes them over). */
    List<StationSession> sessionsAfterStop() { return List.copyOf(sessions); }

    /** A loaded save waits, paused, for its crew to take their seats; before the loop starts. */
    void startPaused() { paused = true; }

    /**
     * Saves the game as it is after the last tick under DATA/saves/NAME.jsonl (tick thread, at the tick
     * boundary: the journal file then holds every command up to that tick).
     * @return null once saved, else why it was not
     */
    String save(String name) {
        if (saves == null || journalFile == null) return "this server keeps no saves: it runs without --data";
        String bad = SavedGames.checkName(name);
        if (bad != null) return bad;
        World world = mission.world();
        try {
            saves.write(name, journalFile.path(), world.tick(), mission.outcome(), world.stateHash());
            return null;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return e.getMessage();
        }
    }

    /** The world's state hash now; only before the loop starts or on the tick thread. */
    long stateHashBeforeStart() { return mission.world().stateHash(); }

    private void control(Inbound in, World world) {
        if (in instanceof Inbound.Join j) {
            sessions.remove(j.session());
            sessions.add(j.session());
            seatsByMember.put(seatKey(j.seat().memberId, j.seat().shipId, j.seat().role), j.seat());
            Ship own = world.ship(j.seat().shipId);
            Map<String, Object> view = publisher.view(world, own, j.seat().role, info(), objectives.now());
            j.session().lastView = view;
            j.session().send(codec.encode(new ServerMessage.Welcome(j.seat().token, id, j.seat().shipId,
                    j.seat().role.name(), j.seat().memberId, j.seat().name, world.tick(), System.currentTimeMillis(),
                    permissions.commandTypes(j.seat().role), view)));
        } else if (in instanceof Inbound.Detach d) {
            sessions.remove(d.session());
        } else if (in instanceof Inbound.Probe p) {
            p.read().run();
        }
    }

    private void routeRejection(CommandRejected r) {
        Seat seat = seatsByMember.get(seatKey(r.origin().memberId(), r.origin().shipId(), r.origin().role()));
        if (seat == null) return; // the AI's own commands
        StationSession s = seat.session;
        if (s != null) s.send(codec.encode(new ServerMessage.Rejected(r.origin().seq(),
                r.commandType() + ": " + r.reason(), r.tick())));
    }

    /** One person may hold several seats under one member id: a seat is the member on a ship in a role. */
    private static String seatKey(String memberId, int shipId, io.starbridge.sim.command.Role role) {
        return memberId + "/" + shipId + "/" + role;
    }

    private void observeDebriefs(World world, List<SimEvent> events) {
        String now = mission.outcome();
        for (DebriefSection d : debriefs.values()) d.observe(world.tick(), events, now);
        for (MissionTimings t : timings.values()) for (SimEvent e : events) t.accept(e);
        reactions.observe(events);
        if (now == null) return;
        Map<Integer, Map<String, Object>> views = new LinkedHashMap<>();
        for (Map.Entry<Integer, DebriefSection> e : debriefs.entrySet())
            views.put(e.getKey(), e.getValue().section(world, now, figuresOf(e.getKey())));
        debriefViews = views;
    }

    private GameInfo info() {
        return new GameInfo(id, mission.scenarioId(), paused, mission.outcome(), message, debriefViews,
                drill == null ? null : drill.section());
    }

    // called by GameMaster on the tick thread
    void setPaused(boolean p, long atTick) {
        if (paused == p) return;
        paused = p;
        publisher.broadcast(sessions, EventCodec.serverEvent(atTick, p ? "GamePaused" : "GameResumed", Map.of()));
    }

    void setMessage(String text, long atTick) {
        message = text;
        publisher.broadcast(sessions, EventCodec.serverEvent(atTick, "GameMessage", Map.of("text", text)));
    }

    ProtocolCodec codecForGm() { return codec; }

    void refreshShipSummaries() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Ship s : mission.world().ships()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("name", s.name());
            m.put("player", mission.playerShipIds().contains(s.id()));
            out.add(Collections.unmodifiableMap(m));
        }
        shipSummaries = List.copyOf(out);
    }


    /**
     * Runs a read of the world on the tick thread at the start of the next tick (tests, tools).
     * @return the answer, once the tick thread has run it
     */
    public <T> CompletableFuture<T> onTickThread(Function<World, T> read) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        controls.add(new Inbound.Probe(() -> {
            try { answer.complete(read.apply(mission.world())); }
            catch (RuntimeException e) { answer.completeExceptionally(e); }
        }));
        return answer;
    }
}
