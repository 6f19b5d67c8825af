package io.starbridge.scenario;

import io.starbridge.scenario.MissionSpec.Action;
import io.starbridge.scenario.MissionSpec.Condition;
import io.starbridge.scenario.MissionSpec.TimerSpec;
import io.starbridge.scenario.MissionSpec.TriggerSpec;
import io.starbridge.scenario.MissionSpec.When;
import io.starbridge.sim.command.SendMessage;
import io.starbridge.sim.event.SimEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.nodes.Node;

/** The scripted sections of a mission file: timers and triggers ("when X (and condition), do Y"). */
final class TriggerLoader {
    /** Events by simple record name, sorted so messages list them alphabetically. */
    static final Map<String, Class<? extends SimEvent>> EVENTS = eventsByName();

    private final YamlReader r;
    private final MissionNames names;

    TriggerLoader(YamlReader r, MissionNames names) {
        this.r = r;
        this.names = names;
    }

    List<TimerSpec> timers(Node node) {
        List<TimerSpec> out = new ArrayList<>();
        List<Node> items = r.list(node, "timers");
        if (items == null) return out;
        for (int i = 0; i < items.size(); i++) {
            String path = "timers[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), path, MissionKeys.TIMER.required(), MissionKeys.TIMER.optional());
            if (f == null) continue;
            String name = f.containsKey("name") ? r.id(f.get("name"), path + ".name") : null;
            // a day of simulated time is beyond any mission; a tick (1/60 s) is the shortest that can be told apart
            Double seconds = f.containsKey("seconds") ? r.number(f.get("seconds"), path + ".seconds", 1.0 / 60, 86_400) : null;
            boolean running = f.containsKey("running") && Boolean.TRUE.equals(r.bool(f.get("running"), path + ".running"));
            if (name != null && names.timers.containsKey(name)) { r.error(f.get("name"), path + ".name: timer '" + name + "' declared twice (expected unique names)"); continue; }
            if (name == null || seconds == null) continue;
            names.timers.put(name, seconds);
            out.add(new TimerSpec(name, seconds, running));
        }
        return out;
    }

    List<TriggerSpec> triggers(Node node) {
        List<TriggerSpec> out = new ArrayList<>();
        List<Node> items = r.list(node, "triggers");
        if (items == null) return out;
        boolean anyOutcome = false;
        for (int i = 0; i < items.size(); i++) {
            String path = "triggers[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), path, MissionKeys.TRIGGER.required(), MissionKeys.TRIGGER.optional());
            if (f == null) continue;
            When when = f.containsKey("when") ? when(f.get("when"), path + ".when") : null;
            List<Condition> conditions = f.containsKey("if") ? conditions(f.get("if"), path + ".if") : List.of();
            List<Action> actions = f.containsKey("do") ? actions(f.get("do"), path + ".do") : null;
            boolean repeat = f.containsKey("repeat") && Boolean.TRUE.equals(r.bool(f.get("repeat"), path + ".repeat"));
            if (actions != null) anyOutcome |= actions.stream().anyMatch(a -> a instanceof MissionSpec.SetOutcome);
            if (when != null && conditions != null && actions != null) out.add(new TriggerSpec(when, conditions, actions, repeat));
        }
        if (!anyOutcome && !items.isEmpty()) r.error(node, "triggers: none sets an outcome (expected at least one 'outcome' action, or the mission never ends)");
        return out;
    }

    /** A {@code when}: an event (narrowed by any of ship, target, nearAim, room, flag) or a timer; null after an error. */
    When when(Node node, String path) {
        Map<String, Node> f = r.fields(node, path, MissionKeys.WHEN.required(), MissionKeys.WHEN.optional());
        if (f == null) return null;
        if (f.containsKey("timer")) {
            if (f.size() != 1) return r.error(node, path + ": a timer trigger takes only 'timer' (expected no 'event' or 'ship')");
            String timer = names.timer(r, f.get("timer"), path + ".timer");
            return timer == null ? null : new When(null, null, timer);
        }
        if (!f.containsKey("event")) return r.error(node, path + ": expected 'event' (with an optional 'ship') or 'timer'");
        String name = r.string(f.get("event"), path + ".event", 64);
        Class<? extends SimEvent> type = name == null ? null : EVENTS.get(name);
        if (name != null && type == null) r.error(f.get("event"), path + ".event: unknown event '" + name + "' (expected one of " + EVENTS.keySet() + ")");
        boolean ok = type != null;
        String ship = null, target = null, room = null, flag = null;
        Double nearAim = null;
        if (f.containsKey("ship")) {
            ship = names.ship(r, f.get("ship"), path + ".ship");
            ok &= ship != null;
            if (type != null && EventMatcher.actingShip(type) == null)
                r.error(f.get("ship"), path + ".ship: event '" + name + "' is about no ship (expected no 'ship' for it)");
        }
        if (f.containsKey("target")) {
            target = names.ship(r, f.get("target"), path + ".target");
            ok &= target != null;
            if (type != null && EventMatcher.targetShip(type) == null)
                { r.error(f.get("target"), path + ".target: event '" + name + "' is done to no ship (expected no 'target' for it;"
                        + " events with 'targetId' or 'hostId' take one)"); ok = false; }
        }
        if (f.containsKey("nearAim")) {
            // metres from the briefing's aim point; at most the size of the playing field
            nearAim = r.number(f.get("nearAim"), path + ".nearAim", 1, MissionLoader.MAX_COORDINATE);
            ok &= nearAim != null;
            if (type != null && !EventMatcher.hasPosition(type))
                { r.error(f.get("nearAim"), path + ".nearAim: event '" + name + "' has no position (expected no 'nearAim' for it;"
                        + " events with 'x' and 'y' take one)"); ok = false; }
        }
        if (f.containsKey("room")) {
            room = r.id(f.get("room"), path + ".room");
            ok &= room != null;
            if (type != null && EventMatcher.component(type, "roomId") == null)
                { r.error(f.get("room"), path + ".room: event '" + name + "' is in no room (expected no 'room' for it;"
                        + " events with 'roomId' take one)"); ok = false; }
        }
        if (f.containsKey("flag")) {
            flag = r.string(f.get("flag"), path + ".flag", 64);
            ok &= flag != null;
            if (type != null && flag != null && !EventMatcher.flags(type).contains(flag))
                { r.error(f.get("flag"), path + ".flag: event '" + name + "' has no true/false field '" + flag + "' (expected "
                        + (EventMatcher.flags(type).isEmpty() ? "no 'flag' for it)" : "one of " + EventMatcher.flags(type) + ")")); ok = false; }
        }
        return ok ? new When(type, ship, null, target, nearAim, room, flag) : null;
    }

    /** An {@code if}: every condition given must hold; null after an error. */
    List<Condition> conditions(Node node, String path) {
        Map<String, Node> f = r.fields(node, path, MissionKeys.CONDITION.required(), MissionKeys.CONDITION.optional());
        if (f == null) return null;
        if (f.isEmpty()) return r.error(node, path + ": expected at least one condition");
        List<Condition> out = new ArrayList<>();
        boolean ok = true;
        for (var e : f.entrySet()) {
            String at = path + "." + e.getKey();
            Condition c = switch (e.getKey()) {
                case "not" -> {
                    List<Condition> inner = conditions(e.getValue(), at);
                    yield inner == null ? null : new Condition("not", null, inner);
                }
                case "timerRunning" -> {
                    String t = names.timer(r, e.getValue(), at);
                    yield t == null ? null : new Condition(e.getKey(), t, List.of());
                }
                case "outcome" -> {
                    // any outcome name: the triggers set them, and a file may test one no trigger sets (never holds)
                    String o = r.id(e.getValue(), at);
                    yield o == null ? null : new Condition(e.getKey(), o, List.of());
                }
                case "objectiveDone" -> {
                    String o = names.objective(r, e.getValue(), at);
                    yield o == null ? null : new Condition(e.getKey(), o, List.of());
                }
                default -> {
                    String s = names.ship(r, e.getValue(), at);
                    yield s == null ? null : new Condition(e.getKey(), s, List.of());
                }
            };
            if (c == null) ok = false;
            else out.add(c);
        }
        return ok ? out : null;
    }

    private List<Action> actions(Node node, String path) {
        List<Node> items = r.list(node, path);
        if (items == null) return null;
        if (items.isEmpty()) return r.error(node, path + ": expected at least one action");
        List<Action> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), at, MissionKeys.ACTION.required(), MissionKeys.ACTION.optional());
            if (f == null) { ok = false; continue; }
            if (f.size() != 1) { r.error(items.get(i), at + ": expected exactly one of " + new java.util.TreeSet<>(MissionKeys.ACTION.optional())); ok = false; continue; }
            var e = f.entrySet().iterator().next();
            Action a = switch (e.getKey()) {
                case "outcome" -> {
                    String o = r.id(e.getValue(), at + ".outcome");
                    yield o == null ? null : new MissionSpec.SetOutcome(o);
                }
                case "startTimer" -> {
                    String t = names.timer(r, e.getValue(), at + ".startTimer");
                    yield t == null ? null : new MissionSpec.StartTimer(t);
                }
                case "stopTimer" -> {
                    String t = names.timer(r, e.getValue(), at + ".stopTimer");
                    yield t == null ? null : new MissionSpec.StopTimer(t);
                }
                default -> message(e.getValue(), at + ".message");
            };
            if (a == null) ok = false;
            else out.add(a);
        }
        return ok ? out : null;
    }

    private Action message(Node node, String path) {
        Map<String, Node> f = r.fields(node, path, MissionKeys.MESSAGE.required(), MissionKeys.MESSAGE.optional());
        if (f == null) return null;
        String ship = f.containsKey("ship") ? names.ship(r, f.get("ship"), path + ".ship") : null;
        String from = f.containsKey("from") ? r.string(f.get("from"), path + ".from", 64) : null;
        // the same rules as a station's own words: at most 200 characters, no control characters or line breaks
        String text = f.containsKey("text") ? r.string(f.get("text"), path + ".text", SendMessage.MAX_LENGTH) : null;
        if (text != null && text.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR))
            text = r.error(f.get("text"), path + ".text: contains a control character or line break (expected one line of text)");
        return ship == null || from == null || text == null ? null : new MissionSpec.SendMessage(ship, from, text.strip());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends SimEvent>> eventsByName() {
        Map<String, Class<? extends SimEvent>> out = new TreeMap<>();
        for (Class<?> c : SimEvent.class.getPermittedSubclasses()) out.put(c.getSimpleName(), (Class<? extends SimEvent>) c);
        return java.util.Collections.unmodifiableMap(out);
    }
}
