package io.starbridge.drill;

import io.starbridge.scenario.FileErrors;
import io.starbridge.scenario.ScenarioFiles;
import io.starbridge.scenario.Scenarios;
import io.starbridge.scenario.YamlParser;
import io.starbridge.scenario.YamlReader;
import io.starbridge.sim.event.SimEvent;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a drill file (YAML, format in docs/drills.md) and checks everything before a run starts: unknown
 * keys, missing keys, wrong types, unknown scenario, event, ship or figure names, and {@code where}
 * components the event does not have. Collects every error, each with file, line and column, so one
 * edit fixes a file. The YAML itself is screened by {@link YamlParser} (size, aliases, depth).
 */
public final class DrillLoader {
    /** Larger than any sensible drill file; bigger input is refused unread. */
    public static final int MAX_BYTES = YamlParser.MAX_BYTES;
    public static final Set<String> ROOT_REQUIRED = Set.of("kind", "id", "title", "scenario", "start", "end", "figures", "maxSeconds");
    public static final Set<String> EVENT_REQUIRED = Set.of("event", "ship");
    public static final Set<String> EVENT_OPTIONAL = Set.of("where");
    /** An end is an event (keys of {@link #EVENT_REQUIRED} and {@link #EVENT_OPTIONAL}) or just a figure. */
    public static final Set<String> END_KEYS = Set.of("event", "ship", "where", "figure");
    /** Events by simple name, sorted so error messages list them alphabetically. */
    private static final Map<String, Class<? extends SimEvent>> EVENTS = eventsByName();

    private final Scenarios scenarios;

    public DrillLoader(Scenarios scenarios) { this.scenarios = scenarios; }

    /**
     * @param source a name for error messages (file path or resource)
     * @throws DrillFileException listing every error, each as {@code source:line:column: message}
     */
    public DrillSpec load(String source, byte[] content) {
        FileErrors errors = new FileErrors();
        Node root = YamlParser.parse(source, content, errors).orElse(null);
        if (root == null) throw new DrillFileException(errors.all());
        YamlReader r = new YamlReader(source, errors);
        DrillSpec spec = read(r, root);
        if (!errors.isEmpty()) throw new DrillFileException(errors.all());
        return spec;
    }

    /**
     * Loads drill files found on disk (e.g. a server's {@code DATA/scenarios/}); a bad one is reported
     * with every error and skipped.
     *
     * @param problems receives one line per skipped file and per error in it
     */
    public List<DrillSpec> loadFiles(List<Path> files, Consumer<String> problems) {
        List<DrillSpec> out = new ArrayList<>();
        for (Path file : files) {
            try {
                out.add(load(file.toString(), ScenarioFiles.read(file)));
            } catch (DrillFileException e) {
                problems.accept(file + ": skipped, " + e.fileErrors().size() + " error(s):");
                e.errors().forEach(err -> problems.accept("  " + err));
            } catch (IOException e) {
                problems.accept(file + ": skipped: cannot read: " + e.getMessage());
            }
        }
        return out;
    }

    private DrillSpec read(YamlReader r, Node root) {
        Map<String, Node> f = r.fields(root, "drill", ROOT_REQUIRED, Set.of());
        if (f == null) return null;
        if (f.containsKey("kind")) r.oneOf(f.get("kind"), "kind", List.of("drill"));
        String id = f.containsKey("id") ? r.id(f.get("id"), "id") : null;
        String title = f.containsKey("title") ? r.string(f.get("title"), "title", 200) : null;
        String scenario = f.containsKey("scenario") ? r.id(f.get("scenario"), "scenario") : null;
        if (scenario != null && !scenarios.has(scenario))
            scenario = r.error(f.get("scenario"), "scenario: unknown scenario '" + scenario + "' (expected one of "
                    + scenarios.all().stream().map(s -> s.id()).toList() + ")");
        EventMatch start = f.containsKey("start") ? event(r, f.get("start"), "start", Set.of()) : null;
        DrillEnd end = f.containsKey("end") ? end(r, f.get("end")) : null;
        List<String> figures = f.containsKey("figures") ? figures(r, f.get("figures")) : null;
        // a day of simulated time is far beyond any drill; the cap stops a typo from running for hours
        Double maxSeconds = f.containsKey("maxSeconds") ? r.number(f.get("maxSeconds"), "maxSeconds", 0.001, 86_400) : null;
        if (id == null || title == null || scenario == null || start == null || end == null || figures == null || maxSeconds == null)
            return null;
        return new DrillSpec(id, title, scenario, start, end, figures, maxSeconds);
    }

    private DrillEnd end(YamlReader r, Node node) {
        Map<String, Node> f = r.fields(node, "end", Set.of(), END_KEYS);
        if (f == null) return null;
        if (f.containsKey("figure")) {
            if (f.size() > 1) return r.error(node, "end: give either 'figure' or 'event' with 'ship', not both");
            String figure = figureName(r, f.get("figure"), "end.figure");
            return figure == null ? null : new DrillEnd(null, figure);
        }
        EventMatch e = event(r, node, "end", Set.of("figure"));
        return e == null ? null : new DrillEnd(e, null);
    }

    /** @param alsoAllowed keys the caller handles itself (checked as known, not read) */
    private EventMatch event(YamlReader r, Node node, String path, Set<String> alsoAllowed) {
        Set<String> optional = new java.util.HashSet<>(EVENT_OPTIONAL);
        optional.addAll(alsoAllowed);
        Map<String, Node> f = r.fields(node, path, EVENT_REQUIRED, optional);
        if (f == null) return null;
        String name = f.containsKey("event") ? r.string(f.get("event"), path + ".event", 64) : null;
        Class<? extends SimEvent> type = name == null ? null : EVENTS.get(name);
        if (name != null && type == null) r.error(f.get("event"), path + ".event: unknown event '" + name + "' (expected one of " + EVENTS.keySet() + ")");
        if (type != null && EventMatch.componentNamed(type, "shipId") == null) {
            r.error(f.get("event"), path + ".event: event '" + name + "' has no shipId, so no ship to match (expected one of " + withShipId() + ")");
            type = null;
        }
        ShipRole ship = null;
        if (f.containsKey("ship")) {
            String s = r.oneOf(f.get("ship"), path + ".ship", List.of("player", "target"));
            if (s != null) ship = ShipRole.valueOf(s.toUpperCase());
        }
        Map<String, Object> where = f.containsKey("where") ? where(r, f.get("where"), path + ".where", type) : Map.of();
        return type == null || ship == null || where == null ? null : new EventMatch(type, ship, where);
    }

    /** Component equalities; each name must be a component of the event and each value of its type. */
    private static Map<String, Object> where(YamlReader r, Node node, String path, Class<? extends SimEvent> type) {
        if (type == null) return null;
        List<String> names = componentNames(type);
        Map<String, Node> f = r.fields(node, path, Set.of(), Set.copyOf(names));
        if (f == null) return null;
        Map<String, Object> out = new LinkedHashMap<>();
        boolean ok = true;
        for (var e : f.entrySet()) {
            Class<?> t = EventMatch.componentNamed(type, e.getKey()).getType();
            String at = path + "." + e.getKey();
            Object v = null;
            if (t == boolean.class) v = r.bool(e.getValue(), at);
            else if (t == String.class) v = r.string(e.getValue(), at, 200);
            else if (t == int.class || t == long.class) {
                Integer n = r.integer(e.getValue(), at, Integer.MIN_VALUE, Integer.MAX_VALUE);
                v = n == null ? null : n.longValue();
            } else r.error(e.getValue(), at + ": a " + t.getSimpleName() + " component cannot be matched (expected a boolean, string or whole-number one)");
            if (v == null) ok = false;
            else out.put(e.getKey(), v);
        }
        return ok ? out : null;
    }

    private static List<String> figures(YamlReader r, Node node) {
        List<Node> items = r.list(node, "figures");
        if (items == null) return null;
        if (items.isEmpty()) return r.error(node, "figures: expected a non-empty list of figure names");
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String f = figureName(r, items.get(i), "figures[" + i + "]");
            if (f != null && out.contains(f)) f = r.error(items.get(i), "figures[" + i + "]: figure '" + f + "' listed twice (expected each once)");
            if (f == null) ok = false;
            else out.add(f);
        }
        return ok ? out : null;
    }

    private static String figureName(YamlReader r, Node node, String path) {
        if (!(node instanceof ScalarNode s) || !s.getTag().equals(Tag.STR))
            return r.error(node, path + ": expected a figure name (one of " + MissionTimings.FIGURES + ")");
        if (!MissionTimings.FIGURES.contains(s.getValue()))
            return r.error(node, path + ": unknown figure '" + s.getValue() + "' (expected one of " + MissionTimings.FIGURES + ")");
        return s.getValue();
    }

    private static List<String> componentNames(Class<? extends SimEvent> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents())
            if (!rc.getName().equals("tick") && !rc.getName().equals("shipId")) names.add(rc.getName());
        return names;
    }

    private static List<String> withShipId() {
        List<String> names = new ArrayList<>();
        for (var e : EVENTS.entrySet()) if (EventMatch.componentNamed(e.getValue(), "shipId") != null) names.add(e.getKey());
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends SimEvent>> eventsByName() {
        Map<String, Class<? extends SimEvent>> out = new TreeMap<>();
        for (Class<?> c : SimEvent.class.getPermittedSubclasses()) out.put(c.getSimpleName(), (Class<? extends SimEvent>) c);
        return out;
    }
}
