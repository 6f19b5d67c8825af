package io.starbridge.station;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mission section of one player ship's stations: the briefing and that ship's objectives with their
 * done flags, as the mission (its file's {@code objectives:}) decides them. An immutable view; the server
 * builds a new one when a flag changes. A mission without objectives gives an empty list.
 */
public final class Objectives {
    /** One line of the checklist. */
    public record Objective(String id, String text, boolean done) {}

    private final MissionBrief brief;
    private final List<Objective> objectives;

    public Objectives(MissionBrief brief, List<Objective> objectives) {
        this.brief = brief;
        this.objectives = List.copyOf(objectives);
    }

    public List<Objective> objectives() { return objectives; }

    /** The mission section: {briefing, targetShipId, aimX, aimY, objectives: [{id, text, done}]}. */
    Map<String, Object> section() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("briefing", brief.briefing());
        m.put("targetShipId", brief.targetShipId());
        m.put("aimX", Quantize.metres(brief.aimX()));
        m.put("aimY", Quantize.metres(brief.aimY()));
        List<Object> list = new ArrayList<>(objectives.size());
        for (Objective o : objectives) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", o.id());
            item.put("text", o.text());
            item.put("done", o.done());
            list.add(item);
        }
        m.put("objectives", list);
        return m;
    }
}
