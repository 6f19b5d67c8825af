package io.starbridge.sim.interior;

import io.starbridge.sim.StateHash;
import io.starbridge.sim.Whereabouts;
import io.starbridge.sim.World;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every interior in the world: the fitted ships' deck states, the people in suits (away teams and
 * scenario characters, ascending ids), captives (ascending ids), each team's fog memory and the
 * docking clamps. Empty in scenarios without boarding, and then absent from the state hash.
 */
public final class Interiors implements java.io.Serializable, Whereabouts {
    /** Members may cross between ships whose hulls are at most this far apart, metres, even undocked. */
    public static final double BOARDING_RANGE = 200;
    /** Seconds to pass through two docked airlocks. */
    public static final double DOCKED_CROSSING_SECONDS = 5;
    /** Speed of a tethered spacewalk between undocked ships, m/s. */
    public static final double SPACEWALK_SPEED = 2;
    /** At most this many members per team. */
    public static final int MAX_TEAM = 7;

    private final TreeMap<Integer, ShipInterior> interiors = new TreeMap<>();
    private final List<AwayMember> members = new ArrayList<>();
    private final List<Captive> captives = new ArrayList<>();
    private final TreeMap<Integer, FogMemory> fog = new TreeMap<>();
    final TreeMap<Integer, DockingClamp> clamps = new TreeMap<>();
    private int nextMemberId = 1, nextCaptiveId = 1;

    public boolean isEmpty() { return interiors.isEmpty() && members.isEmpty(); }

    /** Scenario setup: gives a ship the deck plan of its hull class. */
    public ShipInterior fit(Ship ship) {
        DeckPlan plan = DeckPlans.forHull(ship.hull().id());
        if (plan == null) throw new IllegalArgumentException("hull class " + ship.hull().id() + " has no deck plan");
        return fit(ship, plan);
    }

    /** Scenario setup: gives a ship a deck plan of its own (a mission file's); every subsystem must have a room. */
    public ShipInterior fit(Ship ship, DeckPlan plan) {
        for (var spec : ship.hull().subsystems())
            if (plan.roomOfSubsystem(spec.id()) < 0)
                throw new IllegalStateException("deck plan " + plan.hullId() + " has no room for subsystem " + spec.id());
        ShipInterior interior = new ShipInterior(ship.id(), plan);
        interiors.put(ship.id(), interior);
        return interior;
    }

    /** The interior of a ship, or null if it has none. */
    public ShipInterior interior(int shipId) { return interiors.get(shipId); }

    /**
     * Scenario setup: a person in a suit standing in a room of a fitted ship, placed in a row from
     * the room's centre. A character belongs to the party of {@code teamShipId} like any member.
     */
    public AwayMember addMember(int teamShipId, String name, int shipId, String roomId, boolean character) {
        ShipInterior interior = requireInterior(shipId);
        if (!character && team(teamShipId).size() >= MAX_TEAM)
            throw new IllegalArgumentException("a team has at most " + MAX_TEAM + " members");
        int room = interior.requireRoom(roomId);
        Room r = interior.plan().room(room);
        int here = 0;
        for (AwayMember m : members) if (m.shipId() == shipId && m.room() == room) here++;
        double x = StrictMath.max(r.minX() + 0.5, StrictMath.min(r.maxX() - 0.5, r.centreX() + (here % 5 - 2) * 1.0));
        double y = StrictMath.max(r.minY() + 0.5, StrictMath.min(r.maxY() - 0.5, r.centreY() + (here / 5) * 1.0));
        AwayMember m = new AwayMember(nextMemberId++, teamShipId, name, character, shipId, room, x, y);
        members.add(m);
        fog.computeIfAbsent(teamShipId, k -> new FogMemory());
        return m;
    }

    /** Scenario setup: a captive held in a room (unknown until found). */
    public Captive addCaptive(int shipId, String roomId) {
        ShipInterior interior = requireInterior(shipId);
        int room = interior.requireRoom(roomId);
        Room r = interior.plan().room(room);
        Captive c = new Captive(nextCaptiveId++, shipId, room, r.centreX(), r.centreY());
        captives.add(c);
        return c;
    }

    private ShipInterior requireInterior(int shipId) {
        ShipInterior interior = interiors.get(shipId);
        if (interior == null) throw new IllegalArgumentException("ship " + shipId + " has no interior");
        return interior;
    }

    /** Everyone in suits, ascending ids. */
    public List<AwayMember> members() { return Collections.unmodifiableList(members); }

    /** The member with this id, or null. */
    public AwayMember member(int id) {
        for (AwayMember m : members) if (m.id() == id) return m;
        return null;
    }

    /** A team's members (dead ones included), ascending ids. */
    public List<AwayMember> team(int teamShipId) {
        List<AwayMember> out = new ArrayList<>();
        for (AwayMember m : members) if (m.teamShipId() == teamShipId && !m.character()) out.add(m);
        return out;
    }

    public List<Captive> captives() { return Collections.unmodifiableList(captives); }

    /** The captive with this id, or null. */
    public Captive captive(int id) {
        for (Captive c : captives) if (c.id() == id) return c;
        return null;
    }

    /** A team's memory of rooms seen; an empty memory for a ship without a team. */
    public FogMemory fog(int teamShipId) {
        FogMemory f = fog.get(teamShipId);
        return f != null ? f : new FogMemory();
    }

    FogMemory fogToUpdate(int teamShipId) { return fog.computeIfAbsent(teamShipId, k -> new FogMemory()); }

    /** The host a ship is docked with, or -1. */
    public int dockedTo(int shipId) {
        DockingClamp c = clamps.get(shipId);
        return c == null ? -1 : c.hostId();
    }

    /** True if people can cross between the two ships now: docked together, or hulls within boarding range. */
    public boolean linked(World world, int a, int b) {
        if (a == b) return true;
        if (dockedTo(a) == b || dockedTo(b) == a) return true;
        Ship sa = world.ship(a), sb = world.ship(b);
        if (sa == null || sb == null || !sa.present() || !sb.present()) return false;
        return hullGap(sa, sb) <= BOARDING_RANGE;
    }

    /** Seconds to cross from one ship to the other (call only when {@link #linked}). */
    public double crossingSeconds(World world, int a, int b) {
        if (dockedTo(a) == b || dockedTo(b) == a) return DOCKED_CROSSING_SECONDS;
        double gap = hullGap(world.ship(a), world.ship(b));
        return StrictMath.max(DOCKED_CROSSING_SECONDS, gap / SPACEWALK_SPEED);
    }

    /** Metres between two hulls (centre distance less both radii, never negative). */
    public static double hullGap(Ship a, Ship b) {
        return StrictMath.max(0, a.motion.distanceTo(b.motion) - a.hull().radius() - b.hull().radius());
    }

    @Override public String reasonNotOnBridge(int teamShipId, int memberId, int shipId) {
        AwayMember m = member(memberId);
        if (m == null) return "there is no member " + memberId;
        if (m.teamShipId() != teamShipId) return "member " + memberId + " is not of this ship's party";
        if (!m.alive()) return m.name() + " is dead";
        ShipInterior interior = interiors.get(shipId);
        if (interior == null) return "ship " + shipId + " has no bridge to board";
        if (m.shipId() != shipId || m.inTransit() || m.room() != interior.plan().bridge())
            return m.name() + " is not on the bridge of ship " + shipId;
        return null;
    }

    public void hashInto(StateHash h) {
        h.add(nextMemberId).add(nextCaptiveId).add(interiors.size());
        for (ShipInterior i : interiors.values()) i.hashInto(h);
        h.add(members.size());
        for (AwayMember m : members) m.hashInto(h);
        h.add(captives.size());
        for (Captive c : captives) c.hashInto(h);
        h.add(fog.size());
        for (Map.Entry<Integer, FogMemory> e : fog.entrySet()) { h.add(e.getKey()); e.getValue().hashInto(h); }
        h.add(clamps.size());
        for (Map.Entry<Integer, DockingClamp> e : clamps.entrySet()) { h.add(e.getKey()); e.getValue().hashInto(h); }
    }
}
