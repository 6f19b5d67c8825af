package io.starbridge.scenario;

import io.starbridge.scenario.MissionSpec.Condition;
import io.starbridge.scenario.MissionSpec.CrewKind;
import io.starbridge.scenario.MissionSpec.ObjectiveSpec;
import io.starbridge.scenario.MissionSpec.ShipSpec;
import io.starbridge.scenario.MissionSpec.When;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The {@code objectives:} of a mission file: the crew's checklist, each entry ticked by a {@code done}
 * that reads like a trigger's {@code when} and {@code if} ({@link TriggerLoader} reads those).
 */
final class ObjectiveLoader {
    /** A checklist longer than this does not fit a station's panel. */
    static final int MAX_OBJECTIVES = 32;
    /** Characters of an objective's text: one line on a station. */
    static final int MAX_TEXT = 120;

    private final YamlReader r;
    private final MissionNames names;
    private final TriggerLoader triggers;

    ObjectiveLoader(YamlReader r, MissionNames names, TriggerLoader triggers) {
        this.r = r;
        this.names = names;
        this.triggers = triggers;
    }

    /**
     * Declares the objective ids before anything refers to them (a trigger's or another objective's
     * {@code objectiveDone}). Tolerant: what is wrong here is reported by {@link #objectives}.
     */
    void declare(Node node) {
        if (!(node instanceof SequenceNode seq)) return;
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) continue;
            for (var t : m.getValue())
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id") && t.getValueNode() instanceof ScalarNode v)
                    names.objectives.add(v.getValue());
        }
    }

    /** @param ships the file's ships as read (an objective's {@code ship} must be one with {@code crew: player}) */
    List<ObjectiveSpec> objectives(Node node, List<ShipSpec> ships) {
        List<ObjectiveSpec> out = new ArrayList<>();
        List<Node> items = r.list(node, "objectives");
        if (items == null) return out;
        if (items.size() > MAX_OBJECTIVES)
            r.error(node, "objectives: " + items.size() + " objectives (expected at most " + MAX_OBJECTIVES + ")");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "objectives[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), path, MissionKeys.OBJECTIVE.required(), MissionKeys.OBJECTIVE.optional());
            if (f == null) continue;
            String id = f.containsKey("id") ? r.id(f.get("id"), path + ".id") : null;
            if (id != null && !seen.add(id)) { r.error(f.get("id"), path + ".id: objective '" + id + "' declared twice (expected unique ids)"); id = null; }
            String text = f.containsKey("text") ? text(f.get("text"), path + ".text") : null;
            String ship = f.containsKey("ship") ? playerShip(f.get("ship"), path + ".ship", ships) : null;
            boolean shipOk = !f.containsKey("ship") || ship != null;
            ObjectiveSpec done = f.containsKey("done") ? done(f.get("done"), path + ".done", id, text, ship) : null;
            if (id != null && text != null && shipOk && done != null) out.add(done);
        }
        return out;
    }

    /** One line of at most {@link #MAX_TEXT} characters, no control characters. */
    private String text(Node node, String path) {
        String text = r.string(node, path, MAX_TEXT);
        if (text != null && text.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR))
            return r.error(node, path + ": contains a control character or line break (expected one line of text)");
        return text == null ? null : text.strip();
    }

    private String playerShip(Node node, String path, List<ShipSpec> ships) {
        String ship = names.ship(r, node, path);
        if (ship == null) return null;
        List<String> players = ships.stream().filter(s -> s.crew() == CrewKind.PLAYER).map(ShipSpec::id).toList();
        // a ship whose own entry had errors is not blamed here
        boolean read = ships.stream().anyMatch(s -> s.id().equals(ship));
        if (read && !players.contains(ship))
            return r.error(node, path + ": ship '" + ship + "' has no player crew (expected one of " + players + ")");
        return ship;
    }

    /** {@code done: {when?, if?}}: at least one of them; the objective once read, else null. */
    private ObjectiveSpec done(Node node, String path, String id, String text, String ship) {
        Map<String, Node> f = r.fields(node, path, MissionKeys.OBJECTIVE_DONE.required(), MissionKeys.OBJECTIVE_DONE.optional());
        if (f == null) return null;
        if (f.isEmpty()) return r.error(node, path + ": expected 'when', 'if' or both (else the objective is never done)");
        When when = f.containsKey("when") ? triggers.when(f.get("when"), path + ".when") : null;
        List<Condition> conditions = f.containsKey("if") ? triggers.conditions(f.get("if"), path + ".if") : List.of();
        if ((f.containsKey("when") && when == null) || conditions == null || id == null || text == null) return null;
        return new ObjectiveSpec(id, text, ship, when, conditions);
    }
}
