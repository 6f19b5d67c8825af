package io.starbridge.scenario;

import io.starbridge.scenario.MissionSpec.Amount;
import io.starbridge.scenario.MissionSpec.BriefingSpec;
import io.starbridge.scenario.MissionSpec.CrewKind;
import io.starbridge.scenario.MissionSpec.Position;
import io.starbridge.scenario.MissionSpec.RandomKind;
import io.starbridge.scenario.MissionSpec.RandomValue;
import io.starbridge.scenario.MissionSpec.ShipSpec;
import io.starbridge.sim.ship.HullClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a mission file (docs/scenario-format.md) and checks all of it before anything is built: keys,
 * types, ranges, and every name it refers to (hull classes, ships, rooms, doors, events, timers). The file's
 * own hull classes ({@code hulls:}) are read first, by {@link HullLoader}, so that ships may name them.
 * Collects every error, each with file, line and column, instead of stopping at the first.
 */
public final class MissionLoader {
    /** Metres from the origin a ship may start at: a million kilometres. */
    static final double MAX_COORDINATE = 1.0e9;
    /** m/s: far beyond any hull's top speed, a guard against typos. */
    static final double MAX_SPEED = 1.0e5;
    /** Factions are small numbers; ships of different factions are hostile. */
    static final int MAX_FACTION = 63;
    /** Placeholders in briefing text: {@code {km:NAME}} prints metres as whole kilometres. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{km:([a-z0-9.-]+)}");

    /**
     * @param file    the name for error messages
     * @param content the file's bytes
     * @throws ScenarioFileException listing every error
     */
    public MissionSpec load(String file, byte[] content) {
        FileErrors errors = new FileErrors();
        Node root = YamlParser.parse(file, content, errors).orElse(null);
        errors.throwIfAny();
        MissionSpec spec = read(new YamlReader(file, errors), root);
        errors.throwIfAny();
        return spec;
    }

    /** Reads a parsed root; errors go to the reader. Returns null where errors make a spec impossible. */
    MissionSpec read(YamlReader r, Node root) {
        Map<String, Node> f = r.fields(root, "mission", MissionKeys.ROOT.required(), MissionKeys.ROOT.optional());
        if (f == null) return null;
        if (f.containsKey("kind")) r.oneOf(f.get("kind"), "kind", List.of("mission"));
        String id = f.containsKey("id") ? r.id(f.get("id"), "id") : null;
        String title = f.containsKey("title") ? r.string(f.get("title"), "title", 120) : null;
        String description = f.containsKey("description") ? r.string(f.get("description"), "description", 2_000) : null;
        MissionNames names = new MissionNames(new HullLoader(r).hulls(f.get("hulls")));
        List<RandomValue> random = f.containsKey("random") ? random(r, f.get("random"), names) : List.of();
        declareShips(r, f.get("ships"), names);
        List<ShipSpec> ships = f.containsKey("ships") ? ships(r, f.get("ships"), names) : List.of();
        DeckSectionLoader decks = new DeckSectionLoader(r, names);
        var deckSpecs = f.containsKey("decks") ? decks.decks(f.get("decks")) : List.<MissionSpec.DeckSpec>of();
        var people = f.containsKey("people") ? decks.people(f.get("people")) : List.<MissionSpec.PersonSpec>of();
        var captives = f.containsKey("captives") ? decks.captives(f.get("captives")) : List.<MissionSpec.CaptiveSpec>of();
        var selfDestructs = f.containsKey("selfDestructs") ? decks.selfDestructs(f.get("selfDestructs")) : List.<MissionSpec.SelfDestructSpec>of();
        BriefingSpec briefing = f.containsKey("briefing") ? briefing(r, f.get("briefing"), names) : null;
        TriggerLoader triggers = new TriggerLoader(r, names);
        ObjectiveLoader objectives = new ObjectiveLoader(r, names, triggers);
        objectives.declare(f.get("objectives"));
        var timers = f.containsKey("timers") ? triggers.timers(f.get("timers")) : List.<MissionSpec.TimerSpec>of();
        var triggerSpecs = f.containsKey("triggers") ? triggers.triggers(f.get("triggers")) : List.<MissionSpec.TriggerSpec>of();
        var objectiveSpecs = f.containsKey("objectives") ? objectives.objectives(f.get("objectives"), ships) : List.<MissionSpec.ObjectiveSpec>of();
        return new MissionSpec(id, title, description, random, ships, deckSpecs, people, captives, selfDestructs, briefing,
                timers, triggerSpecs, objectiveSpecs, names.hulls.fileHulls());
    }

    private static List<RandomValue> random(YamlReader r, Node node, MissionNames names) {
        List<RandomValue> out = new ArrayList<>();
        List<Node> items = r.list(node, "random");
        if (items == null) return out;
        for (int i = 0; i < items.size(); i++) {
            String path = "random[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), path, MissionKeys.RANDOM.required(), MissionKeys.RANDOM.optional());
            if (f == null) continue;
            String name = f.containsKey("name") ? r.id(f.get("name"), path + ".name") : null;
            List<String> kinds = f.keySet().stream().filter(k -> !k.equals("name")).toList();
            if (kinds.size() != 1) {
                r.error(items.get(i), path + ": give exactly one of 'uniform', 'degrees' or 'integer' (expected one range)");
                continue;
            }
            RandomKind kind = RandomKind.valueOf(kinds.get(0).toUpperCase());
            Node rangeNode = f.get(kinds.get(0));
            String at = path + "." + kinds.get(0);
            List<Node> range = r.list(rangeNode, at);
            if (range == null) continue;
            if (range.size() != 2) {
                r.error(rangeNode, at + ": expected [min, max], got " + range.size() + " numbers");
                continue;
            }
            Double min, max;
            if (kind == RandomKind.INTEGER) {
                Integer a = r.integer(range.get(0), at + "[0]", 0, 1_000), b = r.integer(range.get(1), at + "[1]", 0, 1_000);
                min = a == null ? null : a.doubleValue();
                max = b == null ? null : b.doubleValue();
                if (min != null && max != null && min > max) { r.error(rangeNode, at + ": min above max (expected min ≤ max)"); continue; }
            } else {
                double limit = kind == RandomKind.DEGREES ? 360 : MAX_COORDINATE;
                min = r.number(range.get(0), at + "[0]", -limit, limit);
                max = r.number(range.get(1), at + "[1]", -limit, limit);
                if (min != null && max != null && !(min < max)) { r.error(rangeNode, at + ": min not below max (expected min < max)"); continue; }
            }
            if (name == null || min == null || max == null) continue;
            if (names.randoms.containsKey(name)) { r.error(f.get("name"), path + ".name: '" + name + "' declared twice (expected unique names)"); continue; }
            names.randoms.put(name, kind);
            out.add(new RandomValue(name, kind, min, max));
        }
        return out;
    }

    /** First pass: ship ids and hulls, so that any section may refer to any ship. */
    private static void declareShips(YamlReader r, Node node, MissionNames names) {
        if (node == null || !(node instanceof org.snakeyaml.engine.v2.nodes.SequenceNode seq)) return;
        for (Node item : seq.getValue()) {
            if (!(item instanceof org.snakeyaml.engine.v2.nodes.MappingNode m)) continue;
            String id = null, hull = null;
            for (var t : m.getValue()) {
                if (!(t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode k)) continue;
                if (!(t.getValueNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode v)) continue;
                if (k.getValue().equals("id")) id = v.getValue();
                if (k.getValue().equals("hull")) hull = v.getValue();
            }
            if (id != null && !names.shipHulls.containsKey(id)) names.shipHulls.put(id, hull);
        }
    }

    private static List<ShipSpec> ships(YamlReader r, Node node, MissionNames names) {
        List<ShipSpec> out = new ArrayList<>();
        List<Node> items = r.list(node, "ships");
        if (items == null) return out;
        if (items.isEmpty()) r.error(node, "ships: expected at least one ship");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "ships[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), path, MissionKeys.SHIP.required(), MissionKeys.SHIP.optional());
            if (f == null) continue;
            String id = f.containsKey("id") ? r.id(f.get("id"), path + ".id") : null;
            if (id != null && seen.contains(id)) { r.error(f.get("id"), path + ".id: duplicate ship id '" + id + "' (expected unique ids)"); id = null; }
            if (id != null) seen.add(id);
            String name = f.containsKey("name") ? r.string(f.get("name"), path + ".name", 64) : null;
            String hull = f.containsKey("hull") ? hull(r, f.get("hull"), path + ".hull", names.hulls) : null;
            Integer faction = f.containsKey("faction") ? r.integer(f.get("faction"), path + ".faction", 0, MAX_FACTION) : null;
            Position position = f.containsKey("position") ? position(r, f.get("position"), path + ".position", names) : null;
            Amount heading = f.containsKey("heading")
                    ? names.amount(r, f.get("heading"), path + ".heading", RandomKind.DEGREES, -360, 360) : new Amount(0.0, null);
            double vx = 0, vy = 0;
            if (f.containsKey("velocity")) {
                Map<String, Node> v = r.fields(f.get("velocity"), path + ".velocity", MissionKeys.VELOCITY.required(), MissionKeys.VELOCITY.optional());
                Double x = v != null && v.containsKey("x") ? r.number(v.get("x"), path + ".velocity.x", -MAX_SPEED, MAX_SPEED) : null;
                Double y = v != null && v.containsKey("y") ? r.number(v.get("y"), path + ".velocity.y", -MAX_SPEED, MAX_SPEED) : null;
                vx = x == null ? 0 : x;
                vy = y == null ? 0 : y;
            }
            CrewKind crew = CrewKind.NONE;
            double escape = 0, patrol = 0;
            boolean pursue = false;
            Node crewNode = f.get("crew");
            // false when the crew key itself is wrong: its error is enough, 'bots' is not blamed for it
            boolean crewRead = true;
            if (crewNode != null && YamlReader.isString(crewNode)) {
                String c = r.oneOf(crewNode, path + ".crew", List.of("player", "none"));
                if ("player".equals(c)) crew = CrewKind.PLAYER;
                crewRead = c != null;
            } else if (crewNode != null) {
                Map<String, Node> ai = r.fields(crewNode, path + ".crew", MissionKeys.AI.required(), MissionKeys.AI.optional());
                crewRead = ai != null;
                if (ai != null) {
                    crew = CrewKind.ENEMY_AI;
                    if (ai.containsKey("ai")) r.oneOf(ai.get("ai"), path + ".crew.ai", List.of("enemy"));
                    if (ai.containsKey("escapeAfterSeconds")) escape = orZero(r.number(ai.get("escapeAfterSeconds"), path + ".crew.escapeAfterSeconds", 0, 86_400));
                    if (ai.containsKey("patrolRadius")) patrol = orZero(r.number(ai.get("patrolRadius"), path + ".crew.patrolRadius", 0, MAX_COORDINATE));
                    if (ai.containsKey("pursue")) pursue = Boolean.TRUE.equals(r.bool(ai.get("pursue"), path + ".crew.pursue"));
                }
            }
            BotProfile bots = f.containsKey("bots") ? bots(r, f.get("bots"), path, crew, crewRead, names) : null;
            if (crew == CrewKind.PLAYER && bots == null) bots = BotProfile.DRILLED;
            if (id == null || name == null || hull == null || faction == null || position == null || heading == null) continue;
            out.add(new ShipSpec(id, name, hull, faction, position, heading, vx, vy, crew, escape, pursue, patrol, bots));
        }
        if (!items.isEmpty() && out.size() == items.size() && out.stream().noneMatch(s -> s.crew() == CrewKind.PLAYER))
            r.error(node, "ships: no ship has 'crew: player' (expected at least one ship for the players)");
        return out;
    }

    private static double orZero(Double v) { return v == null ? 0 : v; }

    /** A ship's {@code bots:} (its errors reported even where the ship has no player crew), or null. */
    private static BotProfile bots(YamlReader r, Node node, String path, CrewKind crew, boolean crewRead, MissionNames names) {
        if (crew != CrewKind.PLAYER && crewRead)
            r.error(node, path + ".bots: only a ship with 'crew: player' has a bot crew (expected 'crew: player' or no 'bots')");
        // the file's ships' hull classes (built-in or its own; unknown ones are reported at their ship)
        List<HullClass> hulls = names.shipHulls.values().stream().filter(Objects::nonNull).map(names.hulls::find)
                .filter(Objects::nonNull).distinct().toList();
        BotProfile profile = new BotProfileLoader(r, hulls).read(node, path + ".bots");
        return crew == CrewKind.PLAYER ? profile : null;
    }

    /** A built-in or file hull class; a file hull with errors of its own is not reported again. */
    private static String hull(YamlReader r, Node node, String path, MissionHulls hulls) {
        String hull = r.id(node, path);
        if (hull == null || hulls.isBroken(hull)) return null;
        if (hulls.find(hull) == null) return r.error(node, path + ": unknown hull class '" + hull + "' (expected one of " + hulls.ids() + ")");
        return hull;
    }

    private static Position position(YamlReader r, Node node, String path, MissionNames names) {
        Map<String, Node> f = r.fields(node, path, MissionKeys.POSITION.required(), MissionKeys.POSITION.optional());
        if (f == null) return null;
        boolean cartesian = f.containsKey("x") && f.containsKey("y") && f.size() == 2;
        boolean polar = f.containsKey("distance") && f.containsKey("bearing") && f.size() == 2;
        if (!cartesian && !polar) return r.error(node, path + ": expected either 'x' and 'y' or 'distance' and 'bearing'");
        if (cartesian) {
            Amount x = names.amount(r, f.get("x"), path + ".x", RandomKind.UNIFORM, -MAX_COORDINATE, MAX_COORDINATE);
            Amount y = names.amount(r, f.get("y"), path + ".y", RandomKind.UNIFORM, -MAX_COORDINATE, MAX_COORDINATE);
            return x == null || y == null ? null : new Position(x, y, null, null);
        }
        Amount d = names.amount(r, f.get("distance"), path + ".distance", RandomKind.UNIFORM, 0, MAX_COORDINATE);
        Amount b = names.amount(r, f.get("bearing"), path + ".bearing", RandomKind.DEGREES, -360, 360);
        return d == null || b == null ? null : new Position(null, null, d, b);
    }

    private static BriefingSpec briefing(YamlReader r, Node node, MissionNames names) {
        Map<String, Node> f = r.fields(node, "briefing", MissionKeys.BRIEFING.required(), MissionKeys.BRIEFING.optional());
        if (f == null) return null;
        String target = f.containsKey("target") ? names.ship(r, f.get("target"), "briefing.target") : null;
        String text = f.containsKey("text") ? r.string(f.get("text"), "briefing.text", 4_000) : null;
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                String ref = m.group(1);
                if (!ref.equals("aim.x") && !ref.equals("aim.y") && names.randoms.get(ref) != RandomKind.UNIFORM)
                    r.error(f.get("text"), "briefing.text: placeholder {km:" + ref + "} names no value (expected aim.x, aim.y or one of "
                            + names.randoms.entrySet().stream().filter(e -> e.getValue() == RandomKind.UNIFORM).map(Map.Entry::getKey).toList() + ")");
            }
        }
        Map<String, Node> aim = f.containsKey("aim") ? r.fields(f.get("aim"), "briefing.aim", MissionKeys.AIM.required(), MissionKeys.AIM.optional()) : null;
        if (aim == null || target == null || text == null) return null;
        if (aim.containsKey("astern") && aim.containsKey("distance") && aim.size() == 2) {
            String astern = names.ship(r, aim.get("astern"), "briefing.aim.astern");
            Double metres = r.number(aim.get("distance"), "briefing.aim.distance", 0, MAX_COORDINATE);
            return astern == null || metres == null ? null : new BriefingSpec(target, astern, metres, null, null, text);
        }
        if (aim.containsKey("x") && aim.containsKey("y") && aim.size() == 2) {
            Amount x = names.amount(r, aim.get("x"), "briefing.aim.x", RandomKind.UNIFORM, -MAX_COORDINATE, MAX_COORDINATE);
            Amount y = names.amount(r, aim.get("y"), "briefing.aim.y", RandomKind.UNIFORM, -MAX_COORDINATE, MAX_COORDINATE);
            return x == null || y == null ? null : new BriefingSpec(target, null, 0, x, y, text);
        }
        return r.error(f.get("aim"), "briefing.aim: expected either 'astern' and 'distance' or 'x' and 'y'");
    }
}
