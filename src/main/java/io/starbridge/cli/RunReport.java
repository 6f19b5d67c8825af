package io.starbridge.cli;

import io.starbridge.drill.MissionTimings;
import io.starbridge.replay.MissionRunner;
import io.starbridge.scenario.Mission;
import io.starbridge.sim.StateHash;
import io.starbridge.sim.Tick;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON object that {@code play} and {@code replay} print (fields per ARCHITECTURE.md's contract). */
final class RunReport {
    private RunReport() {}

    static Map<String, Object> of(Mission mission, long seed, MissionRunner.Result result, MissionTimings timings,
                                  long wallNanos, int commands) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", mission.scenarioId());
        out.put("seed", seed);
        if (mission.size() != null) out.put("size", mission.size());
        out.put("outcome", result.outcome() == null ? "unfinished" : result.outcome());
        out.put("ticks", result.ticks());
        out.put("simulatedSeconds", result.ticks() / (double) Tick.HZ);
        out.put("stateHash", StateHash.hex(result.stateHash()));
        out.put("entities", entities(mission));
        out.put("commands", commands);
        out.put("timings", timings == null ? Map.of() : timings.figures());
        double wallSeconds = wallNanos / 1e9;
        out.put("wallMs", Math.round(wallNanos / 1e6));
        out.put("realTimeFactor", wallSeconds > 0 ? Math.round(result.ticks() / (double) Tick.HZ / wallSeconds) : 0);
        out.put("targetSubsystems", targetSubsystems(mission));
        out.put("playerShips", playerShips(mission));
        return out;
    }

    /** Ships still in normal space and torpedoes in flight at the end. */
    private static int entities(Mission mission) {
        int n = mission.world().torpedoes().size();
        for (Ship s : mission.world().ships()) if (s.present()) n++;
        return n;
    }

    /** Hull and shields left on each player ship, percent. */
    private static Map<String, Object> playerShips(Mission mission) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int id : mission.playerShipIds()) {
            Ship s = mission.world().ship(id);
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("hullPercent", Math.round(s.hullPoints() / s.hull().maxHull() * 100));
            state.put("destroyed", s.destroyed());
            out.put(s.name(), state);
        }
        return out;
    }

    /** Health left per subsystem of the briefed target (after-action summary), percent. */
    private static Map<String, Object> targetSubsystems(Mission mission) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (mission.intel() == null) return out;
        Ship target = mission.world().ship(mission.intel().targetShipId());
        for (int i = 0; i < target.subsystemCount(); i++) {
            Subsystem s = target.subsystem(i);
            out.put(s.id(), Math.round(s.healthFraction() * 100));
        }
        return out;
    }

    /**
     * The report as indented JSON, laid out as Jackson's default pretty printer does ({@code "key" : value},
     * two spaces a level, {@code { }} when empty). Written by hand: a report holds only strings, numbers,
     * booleans and nested maps, and loading and warming up Jackson for this one object was a few tenths of a
     * CPU-second of a {@code play} run.
     */
    static String json(Map<String, Object> report) {
        StringBuilder out = new StringBuilder(512);
        writeValue(out, report, 0);
        return out.toString();
    }

    private static void writeValue(StringBuilder out, Object value, int depth) {
        if (value instanceof Map<?, ?> map) writeObject(out, map, depth);
        else if (value instanceof String s) writeString(out, s);
        else if (value instanceof Double d && !Double.isFinite(d)) writeString(out, d.toString());  // as Jackson: "NaN"
        else if (value == null || value instanceof Number || value instanceof Boolean) out.append(value);
        else throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
    }

    private static void writeObject(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{ }");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(separator).append("  ".repeat(depth + 1));
            writeString(out, String.valueOf(e.getKey()));
            out.append(" : ");
            writeValue(out, e.getValue(), depth + 1);
            separator = ",\n";
        }
        out.append('\n').append("  ".repeat(depth)).append('}');
    }

    /** A JSON string literal, escaped as Jackson escapes: quote, backslash and control characters. */
    private static void writeString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04X", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    /** A short human-readable line for runs without --json. */
    static String text(Map<String, Object> r) {
        return r.get("scenario") + " seed " + r.get("seed") + ": " + r.get("outcome") + " after " + r.get("ticks")
                + " ticks, hash " + r.get("stateHash") + ", timings " + r.get("timings");
    }
}
