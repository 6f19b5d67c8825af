package io.starbridge.server;

import io.starbridge.scenario.Intel;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.ObjectiveStatus;
import io.starbridge.station.MissionBrief;
import io.starbridge.station.Objectives;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stations' view of a mission's objectives, per player ship: the briefing and the objectives that
 * are that ship's (its own and every ship's). Rebuilt only when a done flag changed (tick thread).
 */
final class ObjectiveViews {
    private final Mission mission;
    private List<ObjectiveStatus> shown;
    private Map<Integer, Objectives> byShip = Map.of();

    ObjectiveViews(Mission mission) { this.mission = mission; }

    /** Each player ship's objectives now; empty for a mission without a briefing. */
    Map<Integer, Objectives> now() {
        List<ObjectiveStatus> statuses = mission.objectives();
        if (!statuses.equals(shown)) {
            byShip = build(mission, statuses);
            shown = statuses;
        }
        return byShip;
    }

    /** The objectives of one ship now, or null for a mission without a briefing. */
    static Objectives of(Mission mission, int shipId) { return build(mission, mission.objectives()).get(shipId); }

    private static Map<Integer, Objectives> build(Mission mission, List<ObjectiveStatus> statuses) {
        Intel intel = mission.intel();
        Map<Integer, Objectives> out = new TreeMap<>();
        if (intel == null) return out;
        MissionBrief brief = new MissionBrief(intel.briefing(), intel.targetShipId(), intel.aimX(), intel.aimY());
        for (int shipId : mission.playerShipIds()) {
            List<Objectives.Objective> own = new ArrayList<>();
            for (ObjectiveStatus s : statuses) if (s.isFor(shipId)) own.add(new Objectives.Objective(s.id(), s.text(), s.done()));
            out.put(shipId, new Objectives(brief, own));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
