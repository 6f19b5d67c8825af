package io.starbridge.server;

import io.starbridge.drill.MissionTimings;
import io.starbridge.protocol.EventCodec;
import io.starbridge.replay.Journal;
import io.starbridge.replay.Replayer;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.BeamFired;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.ContactDetected;
import io.starbridge.sim.event.ContactLost;
import io.starbridge.sim.event.MemberMoved;
import io.starbridge.sim.event.ShipHit;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.event.TorpedoDetonated;
import io.starbridge.sim.event.TorpedoIntercepted;
import io.starbridge.sim.event.TorpedoLaunched;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.ShipInterior;
import io.starbridge.sim.ship.Ship;
import io.starbridge.station.DebriefSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A run's after-action timeline, from one re-simulation of its journal: the notable events, every
 * station's actions (the journal's commands by role), hits per subsystem and damage taken (the
 * debrief), the hull over time, and where each away-team member was. Lists are capped so a long
 * battle stays a page, not megabytes; a capped list says so. Times are ticks and simulated ms.
 */
final class AfterActionTimeline {
    /** At most this many entries in each of events and actions. */
    static final int MAX_ENTRIES = 2000;
    /** Frequent low-level events, summed up in hits and damage instead of listed one by one. */
    private static final Set<Class<?>> NOT_LISTED = Set.of(BeamFired.class, ShipHit.class, TorpedoDetonated.class,
            TorpedoIntercepted.class, TorpedoLaunched.class, ContactDetected.class, ContactLost.class, MemberMoved.class,
            CommandRejected.class);
    /** Event fields a page has no use for, or that identify a person across seats. */
    private static final Set<String> HIDDEN_FIELDS = Set.of("personId");

    private final Replayer replayer;

    AfterActionTimeline(Scenarios scenarios) { this.replayer = new Replayer(scenarios); }

    /** @throws io.starbridge.replay.ReplayDivergence if the journal does not re-simulate to its hashes */
    Map<String, Object> build(String runId, Journal journal) {
        Mission mission = replayer.missionFor(journal);
        World world = mission.world();
        int own = mission.playerShipIds().isEmpty() ? -1 : mission.playerShipIds().get(0);
        int target = mission.intel() == null ? -1 : mission.intel().targetShipId();
        MissionTimings timings = MissionTimings.forMission(mission);
        DebriefSection debrief = own < 0 ? null : new DebriefSection(own, target);
        List<Object> events = new ArrayList<>();
        Map<String, Integer> hitsTaken = new TreeMap<>();
        List<Object> hull = new ArrayList<>();
        Map<Integer, Map<String, Object>> members = new TreeMap<>();
        if (own >= 0) hull.add(point(0, world.ship(own)));
        if (own >= 0) for (AwayMember a : world.interiors().team(own)) place(members, world, a.id(), a.name(), 0, a.shipId(), roomName(world, a.shipId(), a.room()));

        var result = replayer.replay(journal, mission, (tick, tickEvents) -> {
            if (timings != null) for (SimEvent e : tickEvents) timings.accept(e);
            if (debrief != null) debrief.observe(tick, tickEvents, mission.outcome());
            boolean hitUs = false;
            for (SimEvent e : tickEvents) {
                if (e instanceof ShipHit h && h.targetId() == own) {
                    hitsTaken.merge(h.subsystemId() == null ? "hull" : h.subsystemId(), 1, Integer::sum);
                    hitUs = true;
                } else if (e instanceof MemberMoved m && m.teamShipId() == own) {
                    place(members, world, m.memberId(), null, tick, m.shipId(), roomName(world, m.shipId(), m.roomId()));
                }
                if (!NOT_LISTED.contains(e.getClass()) && events.size() < MAX_ENTRIES) events.add(event(e));
            }
            if (hitUs && world.ship(own) != null) hull.add(point(tick, world.ship(own)));
        });

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runId", runId);
        out.put("scenario", journal.header().scenario());
        out.put("endTick", result.ticks());
        out.put("endMs", Tick.toMillis(result.ticks()));
        out.put("outcome", mission.outcome());
        out.put("playerShipId", own);
        out.put("targetShipId", target);
        out.put("ships", shipNames(world));
        out.put("events", events);
        out.put("eventsTruncated", events.size() >= MAX_ENTRIES);
        putActions(out, journal);
        out.put("figures", timings == null ? Map.of() : timings.figures());
        if (debrief != null) out.put("debrief", debrief.section(world, mission.outcome() == null ? "unfinished" : mission.outcome(),
                timings == null ? Map.of() : timings.figures()));
        out.put("hitsTaken", hitsTaken);
        out.put("hull", hull);
        for (AwayMember a : own < 0 ? List.<AwayMember>of() : world.interiors().team(own))
            if (members.containsKey(a.id())) members.get(a.id()).put("name", a.name());
        out.put("whereabouts", new ArrayList<>(members.values()));
        return out;
    }

    /** Every command of the journal as a station's action: when, which station, what. */
    private static void putActions(Map<String, Object> out, Journal journal) {
        List<Object> actions = new ArrayList<>();
        Map<String, Integer> byRole = new TreeMap<>();
        for (Map.Entry<Long, List<Command>> e : journal.commandsByTick().entrySet()) {
            for (Command c : e.getValue()) {
                byRole.merge(c.origin().role().name(), 1, Integer::sum);
                if (actions.size() >= MAX_ENTRIES) continue;
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("tick", e.getKey());
                a.put("ms", Tick.toMillis(e.getKey()));
                a.put("role", c.origin().role().name());
                a.put("shipId", c.origin().shipId());
                a.put("member", c.origin().memberId());
                a.put("type", c.getClass().getSimpleName());
                actions.add(a);
            }
        }
        out.put("actions", actions);
        out.put("actionsTruncated", actions.size() < journal.commandCount());
        out.put("actionsByRole", byRole);
        putReactions(out, journal);
    }

    /**
     * The stations' own reaction reports the journal keeps (version 2): at the tick their command was applied,
     * which station saw which event (and at which tick) and how long after displaying it the input came.
     */
    private static void putReactions(Map<String, Object> out, Journal journal) {
        List<Object> reactions = new ArrayList<>();
        for (Map.Entry<Long, List<io.starbridge.replay.StationReaction>> e : journal.reactionsByTick().entrySet()) {
            for (io.starbridge.replay.StationReaction r : e.getValue()) {
                if (reactions.size() >= MAX_ENTRIES) break;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("tick", e.getKey());
                m.put("ms", Tick.toMillis(e.getKey()));
                m.put("role", r.role().name());
                m.put("shipId", r.shipId());
                m.put("event", r.event());
                m.put("eventTick", r.eventTick());
                m.put("reactionMs", Math.round(r.ms()));
                reactions.add(m);
            }
        }
        out.put("reactions", reactions);
    }

    private static Map<String, Object> event(SimEvent e) {
        var message = EventCodec.toMessage(e);
        Map<String, Object> fields = new LinkedHashMap<>(message.fields());
        fields.keySet().removeAll(HIDDEN_FIELDS);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tick", e.tick());
        m.put("ms", Tick.toMillis(e.tick()));
        m.put("kind", message.kind());
        m.put("fields", fields);
        return m;
    }

    private static Map<String, Object> point(long tick, Ship ship) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("tick", tick);
        p.put("hullPercent", Math.round(Math.max(0, ship.hullPoints() / ship.hull().maxHull()) * 1000) / 10.0);
        return p;
    }

    private static void place(Map<Integer, Map<String, Object>> members, World world, int memberId, String name, long tick,
                              int shipId, String room) {
        Map<String, Object> m = members.computeIfAbsent(memberId, id -> {
            Map<String, Object> fresh = new LinkedHashMap<>();
            fresh.put("memberId", id);
            fresh.put("name", name);
            fresh.put("moves", new ArrayList<>());
            return fresh;
        });
        @SuppressWarnings("unchecked")
        List<Object> moves = (List<Object>) m.get("moves");
        Ship ship = world.ship(shipId);
        Map<String, Object> move = new LinkedHashMap<>();
        move.put("tick", tick);
        move.put("ms", Tick.toMillis(tick));
        move.put("shipId", shipId);
        move.put("ship", ship == null ? "ship " + shipId : ship.name());
        move.put("room", room);
        if (moves.size() < MAX_ENTRIES) moves.add(move);
    }

    private static String roomName(World world, int shipId, String roomId) {
        ShipInterior interior = world.interiors().interior(shipId);
        if (roomId == null || interior == null) return "crossing between ships";
        int index = interior.plan().roomIndex(roomId);
        return index < 0 ? roomId : interior.plan().room(index).name();
    }

    private static String roomName(World world, int shipId, int roomIndex) {
        ShipInterior interior = world.interiors().interior(shipId);
        if (interior == null || roomIndex < 0 || roomIndex >= interior.plan().rooms().size()) return "outside";
        return interior.plan().room(roomIndex).name();
    }

    private static Map<String, String> shipNames(World world) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Ship s : world.ships()) names.put(Integer.toString(s.id()), s.name());
        return names;
    }
}
