package io.starbridge.station;

import io.starbridge.sim.World;
import io.starbridge.sim.event.CloakEngaged;
import io.starbridge.sim.event.JumpCompleted;
import io.starbridge.sim.event.ScanCompleted;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.event.WeaponsReleased;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strike objectives of one player ship, ticked off from events as they happen (so a ship
 * that flies away from the aim point keeps its "jump" done). Lives on the tick thread.
 */
public final class Objectives implements java.io.Serializable {
    /** A drop this close to the aim point, metres, counts as arriving. */
    static final double ARRIVAL_RADIUS = 20_000;

    private final int shipId;
    private final MissionBrief brief;
    private boolean jumped, cloaked, scanned, released, critical;

    public Objectives(int shipId, MissionBrief brief) {
        this.shipId = shipId;
        this.brief = brief;
    }

    /** Updates from one tick's events. */
    public void observe(World world, List<SimEvent> events) {
        for (SimEvent e : events) {
            if (e instanceof JumpCompleted j && j.shipId() == shipId
                    && Math.hypot(j.x() - brief.aimX(), j.y() - brief.aimY()) <= ARRIVAL_RADIUS) jumped = true;
            else if (e instanceof CloakEngaged c && c.shipId() == shipId && jumped) cloaked = true;
            else if (e instanceof ScanCompleted s && s.observerId() == shipId && s.targetId() == brief.targetShipId()) scanned = true;
            else if (e instanceof WeaponsReleased w && w.shipId() == shipId && w.released()) released = true;
        }
        Ship own = world.ship(shipId);
        Ship target = world.ship(brief.targetShipId());
        if (!critical && scanned && own != null && target != null && own.contacts.scanned(target.id()))
            critical = allCriticalDestroyed(target);
    }

    private static boolean allCriticalDestroyed(Ship target) {
        for (int i = 0; i < target.subsystemCount(); i++)
            if (target.subsystem(i).critical() && !target.subsystem(i).destroyed()) return false;
        return true;
    }

    /** The mission section: briefing plus objectives with done flags. */
    Map<String, Object> section(String outcome) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("briefing", brief.briefing());
        m.put("targetShipId", brief.targetShipId());
        m.put("aimX", Quantize.metres(brief.aimX()));
        m.put("aimY", Quantize.metres(brief.aimY()));
        List<Object> list = new ArrayList<>();
        list.add(objective("jump", "Jump to the aim point", jumped));
        list.add(objective("cloak", "Cloak on the drop", cloaked));
        list.add(objective("scan", "Scan the target", scanned));
        list.add(objective("release", "Release weapons", released));
        list.add(objective("critical", "Destroy the target's critical subsystems", critical));
        list.add(objective("derelict", "Leave the target a derelict", "derelict".equals(outcome)));
        m.put("objectives", list);
        return m;
    }

    private static Map<String, Object> objective(String id, String text, boolean done) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("text", text);
        m.put("done", done);
        return m;
    }
}
