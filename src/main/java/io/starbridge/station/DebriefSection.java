package io.starbridge.station;

import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.event.MemberLost;
import io.starbridge.sim.event.ShipHit;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.ShipInterior;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One player ship's debrief (the {@code debrief} view section, docs/protocol.md §4.5): fed every
 * tick's events from the start, it keeps the hits the ship landed per target subsystem, the damage it
 * took and the away-team members lost; once the mission has an outcome, {@link #section} adds the
 * drill figures (the server's {@code drill.MissionTimings}, passed in: the station layer does not use
 * the drill package) and what the world shows then — target and own health, and where each member
 * was last. Tick thread only.
 */
public final class DebriefSection implements java.io.Serializable {
    private final int shipId;
    private final int targetId;
    /** Target subsystem id ("hull" for hits on the whole ship) → hits landed. */
    private final Map<String, Integer> hitsOnTarget = new TreeMap<>();
    private int hitsTaken;
    private double hullDamageTaken;
    private double shieldAbsorbed;
    /** Member id → cause of death ("air", "blast"), from MemberLost events. */
    private final Map<Integer, String> lost = new HashMap<>();
    private long outcomeTick = -1;

    /** @param targetId the mission's target ship, or -1 without a briefing (then no target part) */
    public DebriefSection(int shipId, int targetId) {
        this.shipId = shipId;
        this.targetId = targetId;
    }

    /** How many critical subsystems a ship has (for {@code MissionTimings}); 0 for no ship. */
    public static int criticals(World world, int shipId) {
        Ship ship = shipId < 0 ? null : world.ship(shipId);
        int n = 0;
        if (ship != null) for (int i = 0; i < ship.subsystemCount(); i++) if (ship.subsystem(i).critical()) n++;
        return n;
    }

    /** Feed one tick's events; {@code outcome} is the mission's outcome after that tick, or null. */
    public void observe(long tick, List<SimEvent> events, String outcome) {
        for (SimEvent e : events) {
            if (e instanceof ShipHit h) {
                if (h.attackerId() == shipId && h.targetId() == targetId)
                    hitsOnTarget.merge(h.subsystemId() == null ? "hull" : h.subsystemId(), 1, Integer::sum);
                if (h.targetId() == shipId) {
                    hitsTaken++;
                    hullDamageTaken += h.hullDamage();
                    shieldAbsorbed += h.shieldAbsorbed();
                }
            } else if (e instanceof MemberLost l && l.teamShipId() == shipId) lost.putIfAbsent(l.memberId(), l.cause());
        }
        if (outcome != null && outcomeTick < 0) outcomeTick = tick;
    }

    /**
     * The section, or null while the mission has no outcome.
     * @param figures the drill figures by name (simulated ms), in the order to show them
     */
    public Map<String, Object> section(World world, String outcome, Map<String, Long> figures) {
        if (outcome == null) return null;
        long ended = outcomeTick < 0 ? world.tick() : outcomeTick;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("outcome", outcome);
        d.put("endedTick", ended);
        d.put("missionMs", Tick.toMillis(ended));
        d.put("figures", new LinkedHashMap<>(figures));
        Ship target = targetId < 0 ? null : world.ship(targetId);
        if (target != null) d.put("target", target(target));
        Ship own = world.ship(shipId);
        if (own != null) d.put("damage", damage(own));
        d.put("crew", crew(world));
        return d;
    }

    private Map<String, Object> target(Ship target) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("shipId", target.id());
        t.put("name", target.name());
        t.put("destroyed", target.destroyed());
        t.put("hullPercent", percent(target.hullPoints() / target.hull().maxHull()));
        Map<String, Object> subs = new LinkedHashMap<>();
        for (int i = 0; i < target.subsystemCount(); i++) {
            Subsystem s = target.subsystem(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.spec().name());
            m.put("critical", s.critical());
            m.put("healthPercent", percent(s.healthFraction()));
            m.put("destroyed", s.destroyed());
            m.put("hits", hitsOnTarget.getOrDefault(s.id(), 0));
            subs.put(s.id(), m);
        }
        t.put("subsystems", subs);
        t.put("hullHits", hitsOnTarget.getOrDefault("hull", 0));
        return t;
    }

    private Map<String, Object> damage(Ship own) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hullPercent", percent(own.hullPoints() / own.hull().maxHull()));
        m.put("hullTaken", Quantize.hitPoints(hullDamageTaken));
        m.put("shieldAbsorbed", Quantize.hitPoints(shieldAbsorbed));
        m.put("hitsTaken", hitsTaken);
        m.put("destroyed", own.destroyed());
        Map<String, Object> subs = new LinkedHashMap<>();
        for (int i = 0; i < own.subsystemCount(); i++) {
            Subsystem s = own.subsystem(i);
            if (s.healthFraction() < 1) subs.put(s.id(), percent(s.healthFraction()));
        }
        m.put("subsystemsPercent", subs); // only the damaged ones
        return m;
    }

    private Map<String, Object> crew(World world) {
        Map<String, Object> members = new LinkedHashMap<>();
        int dead = 0;
        for (AwayMember a : world.interiors().team(shipId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", a.name());
            m.put("alive", a.alive());
            if (!a.alive()) dead++;
            String cause = lost.get(a.id());
            if (cause != null) m.put("cause", cause);
            Ship where = world.ship(a.shipId());
            m.put("shipId", a.shipId());
            if (where != null) m.put("shipName", where.name());
            m.put("room", roomName(world, a));
            members.put(Integer.toString(a.id()), m);
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("lost", dead);
        c.put("members", members);
        return c;
    }

    private static String roomName(World world, AwayMember a) {
        ShipInterior interior = world.interiors().interior(a.shipId());
        if (a.inTransit()) return "crossing between ships";
        if (interior == null || a.room() < 0 || a.room() >= interior.plan().rooms().size()) return "outside";
        return interior.plan().room(a.room()).name();
    }

    private static double percent(double fraction) {
        return Math.round(Math.max(0, fraction) * 1000) / 10.0;
    }
}
