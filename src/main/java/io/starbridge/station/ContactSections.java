package io.starbridge.station;

import static io.starbridge.station.Quantize.*;

import io.starbridge.sim.ContactBook;
import io.starbridge.sim.World;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import io.starbridge.sim.ship.SubsystemKind;
import io.starbridge.sim.weapons.Torpedo;
import java.util.ArrayList;
import java.util.Comparator;
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

    private ContactSections() {}

    /**
     * The detected ships a station's view lists: all of them, or the {@link #MAX_CONTACTS} nearest,
     * in ascending id order. Events about other ships are not worth a station's bandwidth either.
     */
    public static List<Ship> listed(World world, Ship own) {
        ContactBook book = own.contacts;
        List<Ship> seen = new ArrayList<>();
        for (int i = 0; i < book.detectedCount(); i++) {
            Ship target = world.ship(book.detectedAt(i));
            if (target != null) seen.add(target);
        }
        if (seen.size() > MAX_CONTACTS) {
            seen.sort(Comparator.comparingDouble(t -> own.motion.distanceSquaredTo(t.motion.x, t.motion.y)));
            seen = new ArrayList<>(seen.subList(0, MAX_CONTACTS));
            seen.sort(Comparator.comparingInt(Ship::id));
        }
        return seen;
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
        Map<String, Object> out = new LinkedHashMap<>();
        for (Torpedo t : world.torpedoes()) {
            if (!t.alive()) continue;
            boolean mine = t.ownerId() == own.id();
            if (!mine && own.motion.distanceSquaredTo(t.x(), t.y()) > range * range) continue;
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
            m.put("faction", s.faction());
            m.put("x", metres(s.motion.x));
            m.put("y", metres(s.motion.y));
            m.put("heading", angle(s.motion.heading));
            m.put("cloaked", s.cloak.engaged);
            m.put("inHyperspace", s.inHyperspace());
            m.put("destroyed", s.destroyed());
            ships.put(String.valueOf(s.id()), m);
        }
        return Map.of("ships", ships);
    }
}
