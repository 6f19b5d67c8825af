package io.starbridge.drill;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.event.SimEvent;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a drill file (JSON, schema in docs/drills.md) and checks everything before a run starts: unknown
 * keys, missing fields, unknown scenario, event, ship or figure names, and {@code where} components the
 * event does not have. Collects every error instead of stopping at the first, so one edit fixes a file.
 */
public final class DrillLoader {
    /** Larger than any sensible drill file; bigger input is refused unread. */
    public static final int MAX_BYTES = 64 * 1024;
    private static final Set<String> ROOT_KEYS = Set.of("id", "title", "scenario", "start", "end", "figures", "maxSeconds");
    private static final Set<String> EVENT_KEYS = Set.of("event", "ship", "where");
    private static final Set<String> END_KEYS = Set.of("event", "ship", "where", "figure");
    /** Events by simple name, sorted so error messages list them alphabetically. */
    private static final Map<String, Class<? extends SimEvent>> EVENTS = eventsByName();

    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final Scenarios scenarios;

    public DrillLoader(Scenarios scenarios) { this.scenarios = scenarios; }

    /**
     * @param source a name for error messages (file path or resource)
     * @throws DrillFileException listing every error, each prefixed by {@code source}
     */
    public DrillSpec load(String source, byte[] content) {
        if (content.length > MAX_BYTES)
            throw new DrillFileException(List.of(source + ": larger than the limit of " + MAX_BYTES + " bytes"));
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " line " + at.getLineNr() + " column " + at.getColumnNr();
            throw new DrillFileException(List.of(source + where + ": not valid JSON: " + e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw new DrillFileException(List.of(source + ": cannot read: " + e.getMessage()));
        }
        Check c = new Check(source);
        if (root == null || !root.isObject()) throw new DrillFileException(List.of(source + ": expected a JSON object"));
        c.onlyKeys(root, "$", ROOT_KEYS);
        String id = c.text(root, "$", "id");
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) c.error("$.id", "'" + id + "' must be lower-case words joined by '-'");
        String title = c.text(root, "$", "title");
        String scenario = c.text(root, "$", "scenario");
        if (scenario != null) {
            try {
                scenarios.byId(scenario);
            } catch (IllegalArgumentException e) {
                c.error("$.scenario", e.getMessage());
            }
        }
        EventMatch start = root.has("start") ? event(c, root.get("start"), "$.start", EVENT_KEYS) : c.missing("$", "start");
        DrillEnd end = root.has("end") ? end(c, root.get("end")) : c.missing("$", "end");
        List<String> figures = figures(c, root.get("figures"));
        double maxSeconds = maxSeconds(c, root.get("maxSeconds"));
        c.throwIfAny();
        return new DrillSpec(id, title, scenario, start, end, figures, maxSeconds);
    }

    private DrillEnd end(Check c, JsonNode node) {
        if (node.isObject() && node.has("figure")) {
            if (node.has("event") || node.has("ship") || node.has("where"))
                c.error("$.end", "give either 'figure' or 'event' (with 'ship'), not both");
            c.onlyKeys(node, "$.end", Set.of("figure"));
            String figure = c.text(node, "$.end", "figure");
            if (figure != null && !MissionTimings.FIGURES.contains(figure))
                c.error("$.end.figure", "unknown figure '" + figure + "'; known: " + MissionTimings.FIGURES);
            return figure == null ? null : new DrillEnd(null, figure);
        }
        EventMatch e = event(c, node, "$.end", END_KEYS);
        return e == null ? null : new DrillEnd(e, null);
    }

    private EventMatch event(Check c, JsonNode node, String path, Set<String> keys) {
        if (!node.isObject()) return c.error(path, "expected an object with 'event' and 'ship'");
        c.onlyKeys(node, path, keys);
        String name = c.text(node, path, "event");
        Class<? extends SimEvent> type = name == null ? null : EVENTS.get(name);
        if (name != null && type == null) c.error(path + ".event", "unknown event '" + name + "'; known: " + EVENTS.keySet());
        if (type != null && EventMatch.componentNamed(type, "shipId") == null)
            c.error(path + ".event", "event '" + name + "' has no shipId, so no ship to match; use one of " + withShipId());
        String shipName = c.text(node, path, "ship");
        ShipRole ship = null;
        if (shipName != null) {
            try {
                ship = ShipRole.valueOf(shipName.toUpperCase());
            } catch (IllegalArgumentException e) {
                c.error(path + ".ship", "unknown ship '" + shipName + "'; expected 'player' or 'target'");
            }
        }
        Map<String, Object> where = where(c, node.get("where"), path + ".where", type);
        return type == null || ship == null ? null : new EventMatch(type, ship, where);
    }

    /** Component equalities; each name must be a component of the event and each value of its type. */
    private Map<String, Object> where(Check c, JsonNode node, String path, Class<? extends SimEvent> type) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node == null) return out;
        if (!node.isObject()) return c.error(path, "expected an object of component: value");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var f = it.next();
            if (type == null) continue;
            RecordComponent rc = EventMatch.componentNamed(type, f.getKey());
            if (rc == null || f.getKey().equals("tick") || f.getKey().equals("shipId")) {
                c.error(path + "." + f.getKey(), "not a component to match of " + type.getSimpleName() + "; expected one of "
                        + componentNames(type));
                continue;
            }
            Class<?> t = rc.getType();
            JsonNode v = f.getValue();
            if (t == boolean.class && v.isBoolean()) out.put(f.getKey(), v.booleanValue());
            else if (t == String.class && v.isTextual()) out.put(f.getKey(), v.textValue());
            else if ((t == int.class || t == long.class) && v.isIntegralNumber()) out.put(f.getKey(), v.longValue());
            else c.error(path + "." + f.getKey(), "expected a " + t.getSimpleName() + ", got " + v);
        }
        return out;
    }

    private List<String> figures(Check c, JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) return c.missing("$", "figures");
        if (!node.isArray() || node.isEmpty()) return c.error("$.figures", "expected a non-empty array of figure names");
        for (int i = 0; i < node.size(); i++) {
            JsonNode f = node.get(i);
            String at = "$.figures[" + i + "]";
            if (!f.isTextual()) c.error(at, "expected a figure name");
            else if (!MissionTimings.FIGURES.contains(f.textValue()))
                c.error(at, "unknown figure '" + f.textValue() + "'; known: " + MissionTimings.FIGURES);
            else if (out.contains(f.textValue())) c.error(at, "figure '" + f.textValue() + "' listed twice");
            else out.add(f.textValue());
        }
        return out;
    }

    private static double maxSeconds(Check c, JsonNode node) {
        if (node == null) {
            c.missing("$", "maxSeconds");
            return 0;
        }
        // a day of simulated time is far beyond any drill; the cap stops a typo from running for hours
        if (!node.isNumber() || !(node.doubleValue() > 0) || node.doubleValue() > 86_400)
            c.error("$.maxSeconds", "expected a number of seconds above 0 and at most 86400, got " + node);
        return node.doubleValue();
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

    /** The errors of one file, each as "source: $.path: message". */
    private static final class Check {
        private final String source;
        private final List<String> errors = new ArrayList<>();

        Check(String source) { this.source = source; }

        /** Records an error; returns null so callers can {@code return c.error(…)} for a missing value. */
        <T> T error(String path, String message) {
            errors.add(source + ": " + path + ": " + message);
            return null;
        }

        <T> T missing(String path, String field) { return error(path, "missing field '" + field + "'"); }

        void onlyKeys(JsonNode node, String path, Set<String> allowed) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!allowed.contains(k)) error(path, "unknown key '" + k + "'; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }

        /** A required non-empty string field, or null (with an error) if absent or not a string. */
        String text(JsonNode node, String path, String field) {
            JsonNode v = node.get(field);
            if (v == null) return missing(path, field);
            if (!v.isTextual() || v.textValue().isBlank()) return error(path + "." + field, "expected a non-empty string, got " + v);
            return v.textValue();
        }

        void throwIfAny() {
            if (!errors.isEmpty()) throw new DrillFileException(errors);
        }
    }
}
