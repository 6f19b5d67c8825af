package io.starbridge.station;

import static io.starbridge.station.Quantize.*;

import io.starbridge.sim.ContactBook;
import io.starbridge.sim.World;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import io.starbridge.sim.ship.SubsystemKind;
import io.starbridge.sim.weapons.Torpedo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sections about other things, strictly as the own ship's sensors see them: detected contacts
 * (scanned details only for scanned ones), last-known positions of lost ones, torpedoes inside
 * sensor range. Only the game master's {@code world} section shows the truth.
 */
public final class ContactSections {
    /** Contacts listed at most, nearest first: keeps battlefield views bounded. */
    static final int MAX_CONTACTS = 64;
    /** Torpedoes listed at most, own first, then nearest: a battlefield has a thousand in flight. */
    static final int MAX_TORPEDOES = 48;

    private ContactSections() {}

    /**
     * The detected ships a station's view lists: all of them, or the {@link #MAX_CONTACTS} nearest,
     * in ascending id order. Events about other ships are not worth a station's bandwidth either.
     */
    public static List<Ship> listed(World world, Ship own) {
        ContactBook book = own.contacts;
        List<Ship> seen = new ArrayList<>(book.detectedCount());
        for (int i = 0; i < book.detectedCount(); i++) {
            Ship target = world.ship(book.detectedAt(i));
            if (target != null) seen.add(target);
        }
        if (seen.size() <= MAX_CONTACTS) return seen;
        double[] d2 = new double[seen.size()];
        for (int i = 0; i < d2.length; i++) d2[i] = own.motion.distanceSquaredTo(seen.get(i).motion.x, seen.get(i).motion.y);
        List<Ship> nearest = new ArrayList<>(MAX_CONTACTS);
        for (int i : Nearest.indices(d2, d2.length, MAX_CONTACTS)) nearest.add(seen.get(i)); // ids stay ascending
        return nearest;
    }

    static Map<String, Object> contacts(World world, Ship own, boolean detailed) {
        ContactBook book = own.contacts;
        List<Ship> seen = listed(world, own);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Ship target : seen) out.put(String.valueOf(target.id()), contact(own, target, book.scanned(target.id()), detailed));
        int lost = 0;
        for (Map.Entry<Integer, ContactBook.LastKnown> e : book.lastKnownAll().entrySet()) {
            if (lost++ >= MAX_CONTACTS) break;
            if (book.detects(e.getKey())) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lost", true);
            m.put("x", metres(e.getValue().x()));
            m.put("y", metres(e.getValue().y()));
            m.put("seenTick", e.getValue().tick());
            out.put(String.valueOf(e.getKey()), m);
        }
        return out;
    }

    private static Map<String, Object> contact(Ship own, Ship t, boolean scanned, boolean detailed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("hull", t.hull().id());
        m.put("radius", metres(t.hull().radius()));
        m.put("hostile", own.hostileTo(t));
        m.put("x", metres(t.motion.x));
        m.put("y", metres(t.motion.y));
        m.put("heading", angle(t.motion.heading));
        m.put("vx", speed(t.motion.vx));
        m.put("vy", speed(t.motion.vy));
        // range and bearing follow from the two positions: the page derives them instead of every
        // delta carrying two more changing numbers per contact (a battlefield view lists 64)
        m.put("scanned", scanned);
        if (!scanned) return m;
        m.put("derelict", t.derelict());
        m.put("hullPercent", hitPoints(t.hullPoints() / t.hull().maxHull() * 100));
        if (detailed) {
            Map<String, Object> subs = new LinkedHashMap<>();
            for (int i = 0; i < t.subsystemCount(); i++) {
                Subsystem s = t.subsystem(i);
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("name", s.spec().name());
                e.put("kind", s.kind().name());
                e.put("critical", s.critical());
                e.put("x", metres(s.spec().x()));
                e.put("y", metres(s.spec().y()));
                e.put("health", fraction(s.healthFraction()));
                e.put("destroyed", s.destroyed());
                subs.put(s.id(), e);
            }
            m.put("subsystems", subs);
        }
        return m;
    }

    static Map<String, Object> torpedoes(World world, Ship own) {
        double range = own.present() ? own.hull().sensorRange() * Math.min(1.5, own.effect(SubsystemKind.SENSORS)) : 0;
        List<Torpedo> inRange = new ArrayList<>();
        double[] d2 = new double[16];
        for (Torpedo t : world.torpedoes()) {
            if (!t.alive()) continue;
            boolean mine = t.ownerId() == own.id();
            double d = own.motion.distanceSquaredTo(t.x(), t.y());
            if (!mine && d > range * range) continue;
            if (inRange.size() == d2.length) d2 = Arrays.copyOf(d2, d2.length * 2);
            d2[inRange.size()] = mine ? -1 : d; // its own torpedoes always make the list
            inRange.add(t);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i : Nearest.indices(d2, inRange.size(), MAX_TORPEDOES)) {
            Torpedo t = inRange.get(i);
            boolean mine = t.ownerId() == own.id();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("x", metres(t.x()));
            m.put("y", metres(t.y()));
            m.put("heading", angle(t.heading()));
            m.put("own", mine);
            if (mine && t.targetShipId() >= 0) m.put("targetShipId", t.targetShipId());
            out.put(String.valueOf(t.id()), m);
        }
        return out;
    }

    /** Ground truth for the game master: every ship, cloaked or not. */
    static Map<String, Object> world(World world) {
        Map<String, Object> ships = new LinkedHashMap<>();
        for (Ship s : world.ships()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("hull", s.hull().id());
            m.put("radius", metres(s.hull().radius()));
            m.put("faction", s.faction());
            m.put("x", metres(s.motion.x));
            m.put("y", metres(s.motion.y));
            m.put("heading", angle(s.motion.heading));
            m.put("cloaked", s.cloak.engaged);
            m.put("inHyperspace", s.inHyperspace());
            m.put("destroyed", s.destroyed());
            ships.put(String.valueOf(s.id()), m);
        }
        // the classes a game master may spawn: the built-in ones and the mission file's own
        return Map.of("ships", ships, "hullClasses", world.hullClassIds());
    }
}
