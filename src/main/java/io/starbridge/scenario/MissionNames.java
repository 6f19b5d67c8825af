package io.starbridge.scenario;

import io.starbridge.scenario.MissionSpec.RandomKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The names a mission file declares (ship ids with their hull classes, random values, timers) so that
 * later sections can check every reference and say which names would have been valid.
 */
final class MissionNames {
    /** The hull classes ships may name: built-in and the file's own. */
    final MissionHulls hulls;
    final Map<String, String> shipHulls = new LinkedHashMap<>();
    final Map<String, RandomKind> randoms = new LinkedHashMap<>();
    final Map<String, Double> timers = new LinkedHashMap<>();
    /** Objective ids, declared before the triggers are read so that {@code objectiveDone} may name any of them. */
    final java.util.Set<String> objectives = new java.util.LinkedHashSet<>();

    MissionNames(MissionHulls hulls) { this.hulls = hulls; }

    /** A ship id declared under {@code ships}, or null with an error naming the declared ones. */
    String ship(YamlReader r, Node node, String path) {
        String id = r.id(node, path);
        if (id != null && !shipHulls.containsKey(id))
            return r.error(node, path + ": unknown ship '" + id + "' (expected one of " + shipHulls.keySet() + ")");
        return id;
    }

    String timer(YamlReader r, Node node, String path) {
        String id = r.id(node, path);
        if (id != null && !timers.containsKey(id))
            return r.error(node, path + ": unknown timer '" + id + "' (expected "
                    + (timers.isEmpty() ? "a timer declared under 'timers'; there are none)" : "one of " + timers.keySet() + ")"));
        return id;
    }

    /** An objective id declared under {@code objectives}, or null with an error naming the declared ones. */
    String objective(YamlReader r, Node node, String path) {
        String id = r.id(node, path);
        if (id != null && !objectives.contains(id))
            return r.error(node, path + ": unknown objective '" + id + "' (expected "
                    + (objectives.isEmpty() ? "an objective declared under 'objectives'; there are none)" : "one of " + objectives + ")"));
        return id;
    }

    /**
     * A number in [min, max], or the name of a random value of the wanted kind (whose range the loader
     * has already checked against the same bounds when it is a plain number).
     */
    MissionSpec.Amount amount(YamlReader r, Node node, String path, RandomKind kind, double min, double max) {
        if (YamlReader.isString(node)) {
            String name = r.id(node, path);
            if (name == null) return null;
            RandomKind declared = randoms.get(name);
            if (declared != kind) {
                List<String> fitting = randoms.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).toList();
                return r.error(node, path + ": '" + name + "' is not a " + kind.name().toLowerCase() + " random value (expected a number"
                        + (fitting.isEmpty() ? ")" : " or one of " + fitting + ")"));
            }
            return new MissionSpec.Amount(null, name);
        }
        Double v = r.number(node, path, min, max);
        if (v == null) return null;
        return new MissionSpec.Amount(kind == RandomKind.DEGREES ? StrictMath.toRadians(v) : v, null);
    }
}
