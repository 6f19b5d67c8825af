package io.starbridge.server;

import io.starbridge.protocol.EventCodec;
import io.starbridge.protocol.MergePatch;
import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.protocol.ServerMessage;
import io.starbridge.sim.World;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.Ship;
import io.starbridge.station.ContactSections;
import io.starbridge.station.EventVisibility;
import io.starbridge.station.GameInfo;
import io.starbridge.station.Objectives;
import io.starbridge.station.StationViews;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves the stations of one game after each tick, on the tick thread: the events each may
 * hear, then deltas at the view cadence (and at once for stations whose command was applied).
 * Views are built once per (ship, role) per tick and diffed per station.
 */
final class StationPublisher {
    /** Ticks between regular deltas: 60 Hz / 3 = 20 Hz. */
    static final int VIEW_EVERY_TICKS = 3;

    private final ProtocolCodec codec;
    private final EventVisibility visibility = new EventVisibility();
    private final Map<Long, Map<String, Object>> viewCache = new HashMap<>();
    /**
     * This tick's encoded deltas by (new view, previous view), both by identity: stations on the same
     * seat kind that had the same previous view get the same bytes, diffed and encoded once.
     */
    private final Map<Map<String, Object>, Map<Map<String, Object>, Encoded>> encoded = new IdentityHashMap<>();

    private record Encoded(String text, boolean onlyTick) {}

    /** This tick's events encoded once each, by identity: many stations hear the same event. */
    private final Map<SimEvent, String> eventText = new IdentityHashMap<>();
    /** This tick's listed contact ids per own ship (ContactSections.listed), for event interest. */
    private final Map<Integer, BitSet> interestByShip = new HashMap<>();

    StationPublisher(ProtocolCodec codec) {
        this.codec = codec;
    }

    /** The full view of a seat now. */
    Map<String, Object> view(World world, Ship own, Role role, GameInfo info, Map<Integer, Objectives> objectives) {
        long key = ((long) own.id() << 8) | role.ordinal();
        return viewCache.computeIfAbsent(key, k -> StationViews.build(world, own, role, info, objectives.get(own.id())));
    }

    /** Forget cached views: call at the start of every tick. */
    void newTick() {
        viewCache.clear();
        encoded.clear();
        eventText.clear();
        interestByShip.clear();
    }

    void publish(World world, List<SimEvent> events, List<StationSession> sessions, boolean cadence, GameInfo info,
                 Map<Integer, Objectives> objectives, Runnable afterPrompt) {
        visibility.observe(events);
        // stations waiting to see their own command go first: their latency is the one felt
        List<StationSession> waiting = new ArrayList<>(), others = new ArrayList<>();
        for (StationSession session : sessions) (session.commandApplied ? waiting : others).add(session);
        for (StationSession session : waiting) serve(world, events, session, cadence, info, objectives);
        afterPrompt.run(); // e.g. this tick's acks: after the deltas the commanding stations wait for
        for (StationSession session : others) serve(world, events, session, cadence, info, objectives);
        visibility.afterTick(events);
    }

    private void serve(World world, List<SimEvent> events, StationSession session, boolean cadence, GameInfo info,
                       Map<Integer, Objectives> objectives) {
        Seat seat = session.seat;
        if (seat == null) return; // left; its detach is queued for the next tick
        Ship own = world.ship(seat.shipId);
        if (own == null) return;
        BitSet interest = seat.role == Role.GAME_MASTER || events.isEmpty() ? null
                : interestByShip.computeIfAbsent(own.id(), id -> listedIds(world, own));
        for (SimEvent e : events)
            if (seat.role == Role.GAME_MASTER ? !(e instanceof CommandRejected) : visibility.visible(e, world, own, interest::get))
                session.sendDroppable(eventText.computeIfAbsent(e, ev -> codec.encode(EventCodec.toMessage(ev))));
        boolean prompt = session.commandApplied;
        session.commandApplied = false;
        if (!cadence && !prompt) return;
        if (session.backlog() > StationSession.RESYNC_ABOVE) session.fallBehind();
        Map<String, Object> view = view(world, own, seat.role, info, objectives);
        if (session.needsFullView()) { // its deltas were dropped: a full view replaces what it has
            session.sendFullView(codec.encode(new ServerMessage.View(view)));
            session.lastView = view;
            return;
        }
        Encoded delta = encoded.computeIfAbsent(view, v -> new IdentityHashMap<>())
                .computeIfAbsent(session.lastView, base -> encode(base, view));
        if (!cadence && delta.onlyTick()) return;
        session.sendDroppable(delta.text());
        session.lastView = view;
    }

    private static BitSet listedIds(World world, Ship own) {
        BitSet ids = new BitSet();
        for (Ship s : ContactSections.listed(world, own)) ids.set(s.id());
        return ids;
    }

    /** Sends a server-side event to every station. */
    void broadcast(List<StationSession> sessions, ServerMessage.Event event) {
        String text = codec.encode(event);
        for (StationSession s : sessions) s.send(text);
    }

    private Encoded encode(Map<String, Object> base, Map<String, Object> view) {
        Map<String, Object> patch = MergePatch.diff(base, view);
        if (patch.isEmpty()) patch = new java.util.LinkedHashMap<>(); // unmodifiable when empty
        boolean onlyTick = onlyTick(patch);
        patch.putIfAbsent("tick", view.get("tick"));
        return new Encoded(codec.encode(new ServerMessage.Delta(patch)), onlyTick);
    }

    private static boolean onlyTick(Map<String, Object> patch) {
        return patch.isEmpty() || (patch.size() == 1 && patch.containsKey("tick"));
    }
}
