package io.starbridge.station;

import static io.starbridge.station.Quantize.*;

import io.starbridge.sim.World;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.Captive;
import io.starbridge.sim.interior.DeckPlan;
import io.starbridge.sim.interior.DockingCommands;
import io.starbridge.sim.interior.DoorSpec;
import io.starbridge.sim.interior.FogMemory;
import io.starbridge.sim.interior.Interiors;
import io.starbridge.sim.interior.Lighting;
import io.starbridge.sim.interior.Room;
import io.starbridge.sim.interior.RoomKind;
import io.starbridge.sim.interior.ShipInterior;
import io.starbridge.sim.interior.Waypoint;
import io.starbridge.sim.selfdestruct.SelfDestruct;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The away team's picture (docs/protocol.md §4.4): its members, the deck plans of the ships it is
 * aboard or linked to, and only what it has seen there. Rooms the team's {@link FogMemory} has not
 * seen go out as bare outlines flagged {@code unknown} (the suit's schematic shows the hull's shape,
 * not what is inside); doors only once a room on either side is known; bodies once found by a
 * search; captives once found; strangers only while a member sees them.
 */
final class InteriorSections {
    /** Ships farther than this (hull to hull) are not docking candidates, metres. */
    static final double DOCKING_CANDIDATE_GAP = 5_000;

    private InteriorSections() {}

    /** Deck positions: 0.1 m (rooms are a few metres wide, so whole metres would jump). */
    static double deck(double v) { return speed(v); }

    /** Adds {@code interior} (and, for helm's roles, {@code docking}) to a view; nothing in scenarios without interiors. */
    static void put(Map<String, Object> view, World world, Ship own, boolean interior, boolean docking) {
        if (world.interiors().isEmpty()) return;
        if (interior) view.put("interior", interior(world, own));
        if (docking) view.put("docking", docking(world, own));
    }

    static Map<String, Object> interior(World world, Ship own) {
        Interiors interiors = world.interiors();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("teamShipId", own.id());
        int host = interiors.dockedTo(own.id());
        if (host >= 0) m.put("dockedTo", host);
        List<AwayMember> team = interiors.team(own.id());
        Map<String, Object> members = new LinkedHashMap<>();
        for (AwayMember a : team) members.put(String.valueOf(a.id()), member(interiors, a));
        m.put("members", members);
        TreeSet<Integer> shown = shipsShown(world, own, team);
        FogMemory fog = interiors.fog(own.id());
        Map<String, Object> ships = new LinkedHashMap<>();
        for (int id : shown) ships.put(String.valueOf(id), ship(world, own, world.ship(id), interiors.interior(id), fog));
        m.put("ships", ships);
        m.put("captives", captives(interiors, shown));
        m.put("people", people(world, own, shown));
        return m;
    }

    /** The own ship, every ship a member is aboard, the docking host, and ships within boarding range. */
    private static TreeSet<Integer> shipsShown(World world, Ship own, List<AwayMember> team) {
        Interiors interiors = world.interiors();
        TreeSet<Integer> ids = new TreeSet<>();
        if (interiors.interior(own.id()) != null) ids.add(own.id());
        for (AwayMember a : team) if (interiors.interior(a.shipId()) != null) ids.add(a.shipId());
        int host = interiors.dockedTo(own.id());
        if (host >= 0 && interiors.interior(host) != null) ids.add(host);
        for (Ship s : world.ships())
            if (s != own && interiors.interior(s.id()) != null && own.present() && interiors.linked(world, own.id(), s.id()))
                ids.add(s.id());
        return ids;
    }

    private static Map<String, Object> member(Interiors interiors, AwayMember a) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", a.name());
        e.put("shipId", a.shipId());
        ShipInterior aboard = interiors.interior(a.shipId());
        e.put("room", aboard.plan().room(a.room()).id());
        e.put("x", deck(a.x()));
        e.put("y", deck(a.y()));
        // whole seconds: air drains every tick, and a station shows minutes anyway
        e.put("air", Math.round(a.air()));
        e.put("airMax", Math.round(AwayMember.SUIT_AIR_SECONDS));
        e.put("health", fraction(a.health()));
        e.put("alive", a.alive());
        e.put("torch", a.torch());
        if (a.carrying() >= 0) e.put("carrying", a.carrying());
        e.put("moving", a.moving());
        e.put("inTransit", a.inTransit());
        e.put("action", a.action().name());
        List<Object> path = new ArrayList<>();
        for (Waypoint w : a.path()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("shipId", w.shipId());
            p.put("x", deck(w.x()));
            p.put("y", deck(w.y()));
            path.add(p);
        }
        e.put("path", path);
        return e;
    }

    private static Map<String, Object> ship(World world, Ship own, Ship s, ShipInterior interior, FogMemory fog) {
        DeckPlan plan = interior.plan();
        boolean home = s.id() == own.id();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("hull", s.hull().id());
        m.put("own", home);
        Map<String, Object> rooms = new LinkedHashMap<>();
        boolean[] known = new boolean[plan.rooms().size()];
        for (int i = 0; i < known.length; i++) {
            // the own ship's plan is known by heart
            known[i] = home || fog.seen(s.id(), i);
            rooms.put(plan.room(i).id(), room(s, interior, i, known[i]));
        }
        m.put("rooms", rooms);
        Map<String, Object> doors = new LinkedHashMap<>();
        for (int d = 0; d < plan.doors().size(); d++) {
            DoorSpec spec = plan.door(d);
            if (!known[spec.roomA()] && !known[spec.roomB()]) continue;
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("rooms", List.of(plan.room(spec.roomA()).id(), plan.room(spec.roomB()).id()));
            e.put("x", deck(spec.x()));
            e.put("y", deck(spec.y()));
            e.put("state", interior.door(d).name());
            doors.put(spec.id(), e);
        }
        m.put("doors", doors);
        SelfDestruct sd = world.selfDestructs().of(s.id());
        if (sd != null && (home || known[plan.bridge()])) m.put("selfDestruct", selfDestruct(world, sd));
        return m;
    }

    private static Map<String, Object> room(Ship s, ShipInterior interior, int i, boolean known) {
        Room r = interior.plan().room(i);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("x", deck(r.minX()));
        e.put("y", deck(r.minY()));
        e.put("w", deck(r.maxX() - r.minX()));
        e.put("h", deck(r.maxY() - r.minY()));
        if (!known) {
            e.put("unknown", true);
            return e;
        }
        e.put("name", r.name());
        e.put("kind", r.kind().name());
        e.put("lit", Lighting.lit(s, interior.plan(), i));
        e.put("damaged", Lighting.damaged(s, r));
        e.put("vacuum", interior.vacuum(i));
        e.put("searched", interior.searched(i));
        if (interior.bodiesFound(i)) e.put("bodies", interior.bodies(i));
        if (r.kind() == RoomKind.BRIDGE) e.put("console", true);
        return e;
    }

    private static Map<String, Object> selfDestruct(World world, SelfDestruct sd) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("armed", sd.armed());
        // whole seconds: the countdown shows as m:ss, and it changes every tick
        if (sd.armed()) e.put("secondsLeft", (long) Math.ceil(sd.secondsLeft(world.tick())));
        e.put("countdownSeconds", Math.round(sd.countdownTicks() / (double) io.starbridge.sim.Tick.HZ));
        e.put("waitingToArm", sd.waitingToArm(world.tick()).size());
        e.put("waitingToAbort", sd.waitingToAbort(world.tick()).size());
        return e;
    }

    /** Captives the team has found, on ships in the picture. */
    private static Map<String, Object> captives(Interiors interiors, TreeSet<Integer> shown) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Captive c : interiors.captives()) {
            if (!c.found() || !shown.contains(c.shipId())) continue;
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("shipId", c.shipId());
            e.put("room", interiors.interior(c.shipId()).plan().room(c.room()).id());
            e.put("x", deck(c.x()));
            e.put("y", deck(c.y()));
            e.put("alive", c.alive());
            e.put("rescued", c.rescued());
            if (c.carriedBy() >= 0) e.put("carriedBy", c.carriedBy());
            out.put(String.valueOf(c.id()), e);
        }
        return out;
    }

    /** Other people in suits (the strangers), only while a member of the team sees them. */
    private static Map<String, Object> people(World world, Ship own, TreeSet<Integer> shown) {
        Interiors interiors = world.interiors();
        Map<String, Object> out = new LinkedHashMap<>();
        for (AwayMember p : interiors.members()) {
            if (p.teamShipId() == own.id() && !p.character()) continue;
            if (!p.alive() || p.inTransit() || !shown.contains(p.shipId())) continue;
            if (!Lighting.visibleTo(interiors, world.ship(p.shipId()), own.id(), p.room(), p.x(), p.y())) continue;
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", p.name());
            e.put("shipId", p.shipId());
            e.put("room", interiors.interior(p.shipId()).plan().room(p.room()).id());
            e.put("x", deck(p.x()));
            e.put("y", deck(p.y()));
            out.put(String.valueOf(p.id()), e);
        }
        return out;
    }

    /**
     * Helm's docking picture: the clamp state and the detected ships with an airlock nearby, with
     * the hull gap and relative speed the clamps need.
     */
    static Map<String, Object> docking(World world, Ship own) {
        Interiors interiors = world.interiors();
        Map<String, Object> m = new LinkedHashMap<>();
        int host = interiors.dockedTo(own.id());
        if (host >= 0) m.put("dockedTo", host);
        m.put("hasAirlock", interiors.interior(own.id()) != null);
        m.put("range", metres(DockingCommands.DOCK_RANGE));
        m.put("maxSpeed", speed(DockingCommands.DOCK_SPEED));
        int away = 0;
        for (AwayMember a : interiors.team(own.id())) if (a.alive() && (a.shipId() != own.id() || a.inTransit())) away++;
        m.put("membersAway", away);
        Map<String, Object> candidates = new LinkedHashMap<>();
        if (interiors.interior(own.id()) != null && own.present()) {
            for (Ship s : world.ships()) {
                if (s == own || !s.present() || interiors.interior(s.id()) == null || !own.contacts.detects(s.id())) continue;
                double gap = Interiors.hullGap(own, s);
                if (gap > DOCKING_CANDIDATE_GAP) continue;
                double dvx = own.motion.vx - s.motion.vx, dvy = own.motion.vy - s.motion.vy;
                double relative = Math.sqrt(dvx * dvx + dvy * dvy);
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("name", s.name());
                e.put("gap", metres(gap));
                e.put("relativeSpeed", speed(relative));
                e.put("canDock", gap <= DockingCommands.DOCK_RANGE && relative <= DockingCommands.DOCK_SPEED);
                candidates.put(String.valueOf(s.id()), e);
            }
        }
        m.put("candidates", candidates);
        return m;
    }
}
