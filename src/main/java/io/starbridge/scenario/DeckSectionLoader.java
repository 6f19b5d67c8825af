package io.starbridge.scenario;

import io.starbridge.scenario.MissionSpec.Amount;
import io.starbridge.scenario.MissionSpec.Behaviour;
import io.starbridge.scenario.MissionSpec.CaptiveSpec;
import io.starbridge.scenario.MissionSpec.DeckSpec;
import io.starbridge.scenario.MissionSpec.PersonSpec;
import io.starbridge.scenario.MissionSpec.RandomKind;
import io.starbridge.scenario.MissionSpec.SelfDestructSpec;
import io.starbridge.sim.interior.DeckPlan;
import io.starbridge.sim.interior.DeckPlans;
import io.starbridge.sim.interior.DoorSpec;
import io.starbridge.sim.interior.DoorState;
import io.starbridge.sim.interior.Interiors;
import io.starbridge.sim.interior.Room;
import io.starbridge.sim.ship.HullClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The boarding sections of a mission file: deck states of boarded ships (doors, breaches, bodies on the
 * deck plan of their hull class), the people in suits, captives and self-destruct charges.
 */
final class DeckSectionLoader {
    private static final List<String> DOOR_STATES = List.of("open", "closed", "locked", "jammed");
    private final YamlReader r;
    private final MissionNames names;
    /** Ships with a deck entry: people and captives may only stand aboard these. */
    private final Map<String, DeckPlan> fitted = new LinkedHashMap<>();

    DeckSectionLoader(YamlReader r, MissionNames names) {
        this.r = r;
        this.names = names;
    }

    List<DeckSpec> decks(Node node) {
        List<DeckSpec> out = new ArrayList<>();
        List<Node> items = r.list(node, "decks");
        if (items == null) return out;
        for (int i = 0; i < items.size(); i++) {
            String path = "decks[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), path, MissionKeys.DECK.required(), MissionKeys.DECK.optional());
            if (f == null || !f.containsKey("ship")) continue;
            String ship = names.ship(r, f.get("ship"), path + ".ship");
            if (ship == null) continue;
            String hull = names.shipHulls.get(ship);
            HullClass hullClass = hull == null ? null : names.hulls.find(hull);
            if (hullClass == null) continue; // the ship's own entry (or its hull's) already reports the hull
            DeckPlan own = f.containsKey("plan") ? new DeckPlanLoader(r).plan(f.get("plan"), path + ".plan", hullClass) : null;
            if (f.containsKey("plan") && own == null) continue; // its errors are reported
            DeckPlan plan = own != null ? own : DeckPlans.forHull(hull);
            if (plan == null) { r.error(f.get("ship"), path + ".ship: hull class '" + hull + "' of ship '" + ship + "' has no deck plan (expected a corvette or mothership, or a 'plan' of its own)"); continue; }
            if (fitted.containsKey(ship)) { r.error(f.get("ship"), path + ".ship: ship '" + ship + "' has a deck entry already (expected one per ship)"); continue; }
            fitted.put(ship, plan);
            boolean openAll = f.containsKey("openAllDoors") && Boolean.TRUE.equals(r.bool(f.get("openAllDoors"), path + ".openAllDoors"));
            Map<String, DoorState> doors = new LinkedHashMap<>();
            if (f.containsKey("doors")) {
                List<String> doorIds = plan.doors().stream().map(DoorSpec::id).toList();
                Map<String, Node> d = r.fields(f.get("doors"), path + ".doors", Set.of(), Set.copyOf(doorIds));
                if (d != null) for (var e : d.entrySet()) {
                    String state = r.oneOf(e.getValue(), path + ".doors." + e.getKey(), DOOR_STATES);
                    if (state != null) doors.put(e.getKey(), DoorState.valueOf(state.toUpperCase()));
                }
            }
            List<String> vacuum = new ArrayList<>();
            if (f.containsKey("vacuum")) {
                List<Node> rooms = r.list(f.get("vacuum"), path + ".vacuum");
                if (rooms != null) for (int j = 0; j < rooms.size(); j++) {
                    String room = room(plan, rooms.get(j), path + ".vacuum[" + j + "]");
                    if (room != null) vacuum.add(room);
                }
            }
            Map<String, Integer> bodies = new LinkedHashMap<>();
            if (f.containsKey("bodies")) {
                Map<String, Node> b = r.fields(f.get("bodies"), path + ".bodies", Set.of(), Set.copyOf(roomIds(plan)));
                if (b != null) for (var e : b.entrySet()) {
                    Integer n = r.integer(e.getValue(), path + ".bodies." + e.getKey(), 0, 100);
                    if (n != null) bodies.put(e.getKey(), n);
                }
            }
            out.add(new DeckSpec(ship, openAll, doors, vacuum, bodies, own));
        }
        return out;
    }

    List<PersonSpec> people(Node node) {
        List<PersonSpec> out = new ArrayList<>();
        List<Node> items = r.list(node, "people");
        if (items == null) return out;
        Map<String, Integer> teamSizes = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "people[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), path, MissionKeys.PERSON.required(), MissionKeys.PERSON.optional());
            if (f == null) continue;
            String name = f.containsKey("name") ? r.string(f.get("name"), path + ".name", 64) : null;
            String party = f.containsKey("party") ? names.ship(r, f.get("party"), path + ".party") : null;
            String aboard = f.containsKey("aboard") ? fittedShip(f.get("aboard"), path + ".aboard") : null;
            String room = aboard != null && f.containsKey("room") ? room(fitted.get(aboard), f.get("room"), path + ".room") : null;
            boolean character = f.containsKey("character") && Boolean.TRUE.equals(r.bool(f.get("character"), path + ".character"));
            Behaviour behaviour = Behaviour.NONE;
            if (f.containsKey("behaviour")) {
                String b = r.oneOf(f.get("behaviour"), path + ".behaviour", List.of("none", "stranger-ally"));
                if ("stranger-ally".equals(b)) behaviour = Behaviour.STRANGER_ALLY;
                if (b != null && behaviour != Behaviour.NONE && !character)
                    r.error(f.get("behaviour"), path + ".behaviour: only a character acts on its own (expected 'character: true')");
            }
            if (party != null && !character && teamSizes.merge(party, 1, Integer::sum) > Interiors.MAX_TEAM)
                r.error(items.get(i), path + ": the away team of '" + party + "' has more than " + Interiors.MAX_TEAM + " members (expected at most " + Interiors.MAX_TEAM + ")");
            if (name != null && party != null && room != null) out.add(new PersonSpec(name, party, aboard, room, character, behaviour));
        }
        return out;
    }

    List<CaptiveSpec> captives(Node node) {
        List<CaptiveSpec> out = new ArrayList<>();
        List<Node> items = r.list(node, "captives");
        if (items == null) return out;
        for (int i = 0; i < items.size(); i++) {
            String path = "captives[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), path, MissionKeys.CAPTIVE.required(), MissionKeys.CAPTIVE.optional());
            if (f == null) continue;
            String aboard = f.containsKey("aboard") ? fittedShip(f.get("aboard"), path + ".aboard") : null;
            String room = aboard != null && f.containsKey("room") ? room(fitted.get(aboard), f.get("room"), path + ".room") : null;
            Amount count = null;
            if (f.containsKey("count")) {
                Node c = f.get("count");
                if (YamlReader.isString(c)) count = names.amount(r, c, path + ".count", RandomKind.INTEGER, 0, 0);
                else {
                    Integer n = r.integer(c, path + ".count", 0, 20);
                    if (n != null) count = new Amount(n.doubleValue(), null);
                }
            }
            if (room != null && count != null) out.add(new CaptiveSpec(aboard, room, count));
        }
        return out;
    }

    List<SelfDestructSpec> selfDestructs(Node node) {
        List<SelfDestructSpec> out = new ArrayList<>();
        List<Node> items = r.list(node, "selfDestructs");
        if (items == null) return out;
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "selfDestructs[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), path, MissionKeys.SELF_DESTRUCT.required(), MissionKeys.SELF_DESTRUCT.optional());
            if (f == null) continue;
            String ship = f.containsKey("ship") ? names.ship(r, f.get("ship"), path + ".ship") : null;
            if (ship != null && seen.contains(ship)) { r.error(f.get("ship"), path + ".ship: ship '" + ship + "' has a self-destruct already (expected one per ship)"); ship = null; }
            if (ship != null) seen.add(ship);
            Double countdown = f.containsKey("countdownSeconds") ? r.number(f.get("countdownSeconds"), path + ".countdownSeconds", 1, 3_600) : null;
            Double radius = f.containsKey("blastRadius") ? r.number(f.get("blastRadius"), path + ".blastRadius", 0, 1.0e6) : null;
            Double damage = f.containsKey("blastDamage") ? r.number(f.get("blastDamage"), path + ".blastDamage", 0, 1.0e6) : null;
            if (ship != null && countdown != null && radius != null && damage != null)
                out.add(new SelfDestructSpec(ship, countdown, radius, damage));
        }
        return out;
    }

    private String fittedShip(Node node, String path) {
        String ship = names.ship(r, node, path);
        if (ship != null && !fitted.containsKey(ship))
            return r.error(node, path + ": ship '" + ship + "' has no deck entry (expected one of " + fitted.keySet() + ")");
        return ship;
    }

    private String room(DeckPlan plan, Node node, String path) {
        String room = r.id(node, path);
        if (room != null && plan.roomIndex(room) < 0)
            return r.error(node, path + ": no room '" + room + "' on the " + plan.hullId() + " deck plan (expected one of " + roomIds(plan) + ")");
        return room;
    }

    private static List<String> roomIds(DeckPlan plan) { return plan.rooms().stream().map(Room::id).toList(); }
}
