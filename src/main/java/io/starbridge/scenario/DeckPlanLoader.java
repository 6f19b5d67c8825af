package io.starbridge.scenario;

import io.starbridge.sim.interior.DeckPlan;
import io.starbridge.sim.interior.DoorSpec;
import io.starbridge.sim.interior.DoorState;
import io.starbridge.sim.interior.Room;
import io.starbridge.sim.interior.RoomKind;
import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.SubsystemSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A deck plan written in a mission file ({@code decks[i].plan}, docs/scenario-format.md): rooms as
 * rectangles in deck metres with the hull's subsystems in them, and the doors between them. It is
 * checked as the built-in plans are ({@link DeckPlan}: unique ids, one bridge, one airlock, every door
 * on the wall its two rooms share, every room reachable from the airlock), and every subsystem of the
 * hull must be in exactly one room. Every problem is reported with its line and column.
 */
final class DeckPlanLoader {
    /** How far from the hull's centre a deck may reach, metres (the mothership's decks span 240 m). */
    static final double MAX_EXTENT = 5_000;
    static final int MAX_ROOMS = 200;
    private static final List<String> KINDS = Arrays.stream(RoomKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();

    private final YamlReader r;
    /** Set by any error in this plan: then no plan is built, but every part is still checked. */
    private boolean broken;
    /** Every room id named, good room or not, so that doors are checked against what the file means. */
    private final List<String> roomIds = new ArrayList<>();

    /** One loader per plan. */
    DeckPlanLoader(YamlReader r) { this.r = r; }

    /** @return the plan, or null after its errors were reported */
    DeckPlan plan(Node node, String path, HullClass hull) {
        String hullId = hull.id();
        Map<String, Node> f = r.fields(node, path, MissionKeys.PLAN.required(), MissionKeys.PLAN.optional());
        if (f == null || !f.containsKey("rooms") || !f.containsKey("doors")) return null;
        List<String> subsystems = hull.subsystems().stream().map(SubsystemSpec::id).toList();
        List<Room> rooms = rooms(f.get("rooms"), path + ".rooms", subsystems);
        List<DoorSpec> doors = doors(f.get("doors"), path + ".doors", rooms);
        if (broken) return null;
        try {
            return new DeckPlan(hullId, rooms, doors);
        } catch (IllegalArgumentException e) {
            return r.error(node, path + ": " + e.getMessage()
                    + " (expected one bridge, one airlock, doors on shared walls, every room reachable from the airlock)");
        }
    }

    private List<Room> rooms(Node node, String path, List<String> hullSubsystems) {
        List<Room> out = new ArrayList<>();
        List<Node> items = r.list(node, path);
        if (items == null) { broken = true; return out; }
        if (items.isEmpty() || items.size() > MAX_ROOMS) {
            r.error(node, path + ": " + items.size() + " rooms (expected 1 to " + MAX_ROOMS + ")");
            broken = true;
            return out;
        }
        Map<String, String> roomOfSubsystem = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), p, MissionKeys.ROOM.required(), MissionKeys.ROOM.optional());
            if (f == null || !f.keySet().containsAll(MissionKeys.ROOM.required())) { ok = false; continue; }
            String id = r.id(f.get("id"), p + ".id");
            if (id != null) roomIds.add(id);
            String kind = r.oneOf(f.get("kind"), p + ".kind", KINDS);
            double[] at = numbers(f.get("at"), p + ".at", 4);
            String name = f.containsKey("name") ? r.string(f.get("name"), p + ".name", 40) : id;
            List<String> subs = new ArrayList<>();
            if (f.containsKey("subsystems")) {
                List<Node> list = r.list(f.get("subsystems"), p + ".subsystems");
                if (list == null) ok = false;
                else for (int j = 0; j < list.size(); j++) {
                    String s = r.oneOf(list.get(j), p + ".subsystems[" + j + "]", hullSubsystems);
                    if (s == null) { ok = false; continue; }
                    String before = roomOfSubsystem.putIfAbsent(s, id);
                    if (before != null) { r.error(list.get(j), p + ".subsystems[" + j + "]: '" + s + "' is in room '" + before + "' already (expected each subsystem in one room)"); ok = false; }
                    subs.add(s);
                }
            }
            if (at != null && (at[0] >= at[2] || at[1] >= at[3])) {
                r.error(f.get("at"), p + ".at: [" + YamlReader.plain(at[0]) + ", " + YamlReader.plain(at[1]) + ", "
                        + YamlReader.plain(at[2]) + ", " + YamlReader.plain(at[3]) + "] (expected [minX, minY, maxX, maxY] with min < max)");
                at = null;
            }
            if (id == null || kind == null || at == null || name == null) { ok = false; continue; }
            out.add(new Room(id, name, RoomKind.valueOf(kind.toUpperCase(Locale.ROOT)), at[0], at[1], at[2], at[3], subs));
        }
        for (String s : hullSubsystems)
            if (!roomOfSubsystem.containsKey(s) && ok) {
                r.error(node, path + ": subsystem '" + s + "' of the hull is in no room (expected every one of " + hullSubsystems + " in a room)");
                ok = false;
            }
        if (!ok) broken = true;
        return out;
    }

    private List<DoorSpec> doors(Node node, String path, List<Room> rooms) {
        List<DoorSpec> out = new ArrayList<>();
        List<Node> items = r.list(node, path);
        if (items == null) { broken = true; return out; }
        List<String> ids = roomIds;
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), p, MissionKeys.DOOR.required(), MissionKeys.DOOR.optional());
            if (f == null || !f.keySet().containsAll(MissionKeys.DOOR.required())) { ok = false; continue; }
            List<Node> between = r.list(f.get("between"), p + ".between");
            double[] at = numbers(f.get("at"), p + ".at", 2);
            if (between == null || at == null) { ok = false; continue; }
            if (between.size() != 2) { r.error(f.get("between"), p + ".between: " + between.size() + " rooms (expected two)"); ok = false; continue; }
            String a = r.oneOf(between.get(0), p + ".between[0]", ids), b = r.oneOf(between.get(1), p + ".between[1]", ids);
            if (a == null || b == null) { ok = false; continue; }
            if (a.equals(b)) { r.error(f.get("between"), p + ".between: a door joins two different rooms"); ok = false; continue; }
            int ia = indexOf(rooms, a), ib = indexOf(rooms, b);
            if (ia >= 0 && ib >= 0) out.add(new DoorSpec(a + "/" + b, ia, ib, at[0], at[1], DoorState.CLOSED));
        }
        if (!ok) broken = true;
        return out;
    }

    /** The index of a good room, or -1 for a room whose own entry has errors (reported there). */
    private static int indexOf(List<Room> rooms, String id) {
        for (int i = 0; i < rooms.size(); i++) if (rooms.get(i).id().equals(id)) return i;
        return -1;
    }

    /** A list of exactly {@code n} numbers within ±{@link #MAX_EXTENT}, or null (reported). */
    private double[] numbers(Node node, String path, int n) {
        List<Node> list = r.list(node, path);
        if (list == null) return null;
        if (list.size() != n) return r.error(node, path + ": " + list.size() + " numbers (expected " + n + ")");
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Double v = r.number(list.get(i), path + "[" + i + "]", -MAX_EXTENT, MAX_EXTENT);
            if (v == null) return null;
            out[i] = v;
        }
        return out;
    }
}
