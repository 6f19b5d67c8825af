package io.starbridge.scenario;

import io.starbridge.scenario.BotProfile.ReactionTime;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.ship.HullClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the {@code bots:} mapping of a player ship (docs/scenario-format.md, "bots") into a
 * {@link BotProfile}; every key left out keeps the {@link BotProfile#DRILLED} value. Every error is
 * reported at its node, like the rest of the mission loader.
 */
final class BotProfileLoader {
    /** Milliseconds: ten seconds is a crew asleep at its stations; beyond that the bots would not play. */
    static final int MAX_REACTION_MS = 10_000;
    /**
     * Metres: the helm holds, evades and releases within sensor reach (the corvette sees 40 km, the
     * mothership 60 km); 100 km is far beyond any of it, a guard against typos.
     */
    static final double MAX_RANGE_METRES = 100_000;
    /** Metres: a standoff below this would put the ship inside any target's hull. */
    static final double MIN_STANDOFF_METRES = 100;
    /** Seconds: an hour between torpedoes is as good as none. */
    static final double MAX_TORPEDO_INTERVAL_SECONDS = 3_600;
    /** More entries than there are subsystems on any hull. */
    static final int MAX_TARGET_ORDER = 32;
    /** The file's station names, in the order the docs list them. */
    static final Map<String, Role> STATIONS = stations();

    private final YamlReader r;
    /** Subsystem ids a {@code targetOrder} may name: those of the hull classes of the file's ships. */
    private final Set<String> knownSubsystems;

    /** @param hulls the hull classes of the file's ships, built-in or the file's own */
    BotProfileLoader(YamlReader r, Collection<HullClass> hulls) {
        this.r = r;
        this.knownSubsystems = subsystemsOf(hulls);
    }

    /** The profile the mapping describes, or null (with errors reported) if any part of it is wrong. */
    BotProfile read(Node node, String path) {
        Map<String, Node> f = r.fields(node, path, MissionKeys.BOTS.required(), MissionKeys.BOTS.optional());
        if (f == null) return null;
        BotProfile d = BotProfile.DRILLED;
        int before = r.errors().size();
        ReactionTime reaction = f.containsKey("reactionMs") ? reaction(f.get("reactionMs"), path + ".reactionMs") : d.reaction();
        Map<Role, ReactionTime> stations = f.containsKey("stations") ? stations(f.get("stations"), path + ".stations") : Map.of();
        double standoff = number(f, "standoff", path, MIN_STANDOFF_METRES, MAX_RANGE_METRES, d.standoffMetres());
        boolean evade = bool(f, "evade", path, d.evade());
        double evadeRange = number(f, "evadeRange", path, 0, MAX_RANGE_METRES, d.evadeRangeMetres());
        double releaseRange = number(f, "releaseRange", path, 0, MAX_RANGE_METRES, d.releaseRangeMetres());
        boolean torpedoes = bool(f, "torpedoes", path, d.torpedoes());
        double interval = number(f, "torpedoIntervalSeconds", path, 1, MAX_TORPEDO_INTERVAL_SECONDS, d.torpedoIntervalSeconds());
        List<String> targetOrder = f.containsKey("targetOrder") ? targetOrder(f.get("targetOrder"), path + ".targetOrder") : d.targetOrder();
        boolean cloakOnDrop = bool(f, "cloakOnDrop", path, d.cloakOnDrop());
        if (r.errors().size() != before || reaction == null || stations == null || targetOrder == null) return null;
        return new BotProfile(reaction, stations, standoff, evade, evadeRange, releaseRange, torpedoes, interval, targetOrder, cloakOnDrop);
    }

    /** {@code [min, max]}: whole milliseconds 0…{@link #MAX_REACTION_MS}, min ≤ max. */
    private ReactionTime reaction(Node node, String path) {
        List<Node> range = r.list(node, path);
        if (range == null) return null;
        if (range.size() != 2) return r.error(node, path + ": expected [min, max] milliseconds, got " + range.size() + " numbers");
        Integer min = r.integer(range.get(0), path + "[0]", 0, MAX_REACTION_MS);
        Integer max = r.integer(range.get(1), path + "[1]", 0, MAX_REACTION_MS);
        if (min == null || max == null) return null;
        if (min > max) return r.error(node, path + ": min above max (expected min ≤ max)");
        return new ReactionTime(min, max);
    }

    private Map<Role, ReactionTime> stations(Node node, String path) {
        Map<String, Node> f = r.fields(node, path, MissionKeys.BOT_STATIONS.required(), MissionKeys.BOT_STATIONS.optional());
        if (f == null) return null;
        Map<Role, ReactionTime> out = new EnumMap<>(Role.class);
        boolean ok = true;
        for (Map.Entry<String, Node> e : f.entrySet()) {
            String at = path + "." + e.getKey();
            Map<String, Node> station = r.fields(e.getValue(), at, MissionKeys.BOT_STATION.required(), MissionKeys.BOT_STATION.optional());
            if (station == null) { ok = false; continue; }
            // a station entry without reactionMs says nothing: it keeps the crew's
            if (!station.containsKey("reactionMs")) continue;
            ReactionTime reaction = reaction(station.get("reactionMs"), at + ".reactionMs");
            if (reaction == null) ok = false;
            else out.put(STATIONS.get(e.getKey()), reaction);
        }
        return ok ? out : null;
    }

    /** 1…{@link #MAX_TARGET_ORDER} distinct subsystem ids of the file's hull classes. */
    private List<String> targetOrder(Node node, String path) {
        List<Node> items = r.list(node, path);
        if (items == null) return null;
        if (items.isEmpty() || items.size() > MAX_TARGET_ORDER)
            return r.error(node, path + ": " + items.size() + " subsystems (expected 1 to " + MAX_TARGET_ORDER + ")");
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            String id = r.id(items.get(i), at);
            if (id != null && !knownSubsystems.contains(id)) {
                r.error(items.get(i), at + ": unknown subsystem '" + id + "' (expected one of " + knownSubsystems + ")");
                id = null;
            } else if (id != null && out.contains(id)) {
                r.error(items.get(i), at + ": '" + id + "' given twice (expected each subsystem once)");
                id = null;
            }
            if (id == null) ok = false;
            else out.add(id);
        }
        return ok ? out : null;
    }

    private double number(Map<String, Node> f, String key, String path, double min, double max, double otherwise) {
        if (!f.containsKey(key)) return otherwise;
        Double v = r.number(f.get(key), path + "." + key, min, max);
        return v == null ? otherwise : v;
    }

    private boolean bool(Map<String, Node> f, String key, String path, boolean otherwise) {
        if (!f.containsKey(key)) return otherwise;
        Boolean v = r.bool(f.get(key), path + "." + key);
        return v == null ? otherwise : v;
    }

    /** Subsystem ids of the given hull classes, sorted for the error message. */
    private static Set<String> subsystemsOf(Collection<HullClass> hulls) {
        Set<String> out = new TreeSet<>();
        for (HullClass hull : hulls) hull.subsystems().forEach(s -> out.add(s.id()));
        return out;
    }

    private static Map<String, Role> stations() {
        Map<String, Role> m = new LinkedHashMap<>();
        m.put("captain", Role.CAPTAIN);
        m.put("helm", Role.HELM);
        m.put("engineering", Role.ENGINEERING);
        m.put("science", Role.SCIENCE);
        m.put("weapons", Role.WEAPONS);
        m.put("awayTeam", Role.AWAY_TEAM);
        return java.util.Collections.unmodifiableMap(m);
    }
}
