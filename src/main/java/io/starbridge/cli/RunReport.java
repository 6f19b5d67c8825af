package io.starbridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

    static String json(Map<String, Object> report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short human-readable line for runs without --json. */
    static String text(Map<String, Object> r) {
        return r.get("scenario") + " seed " + r.get("seed") + ": " + r.get("outcome") + " after " + r.get("ticks")
                + " ticks, hash " + r.get("stateHash") + ", timings " + r.get("timings");
    }
}
