package io.starbridge.scenario;

import io.starbridge.scenario.MissionSpec.When;
import io.starbridge.sim.event.SimEvent;
import java.util.List;
import java.util.Map;

/**
 * A {@code when: {event: …}} of one run, its file ship ids resolved to world ids once: does an event of
 * the tick match it? Pure and serializable (part of a {@link MissionScript}'s state).
 */
final class EventPattern implements java.io.Serializable {
    /** A world id no ship has: a name this run does not know never matches. */
    private static final int NO_SHIP = Integer.MIN_VALUE;

    private final Class<? extends SimEvent> type;
    /** World ids, -1 when not narrowed. */
    private final int shipId, targetId;
    /** Metres from the aim point, NaN when not narrowed; the aim point, metres. */
    private final double nearAim, aimX, aimY;
    private final String room, flag;

    /**
     * @param when    an event {@code when} (not a timer one)
     * @param shipIds world ship id by file ship id
     * @param aimX    the briefing's aim point, metres
     */
    EventPattern(When when, Map<String, Integer> shipIds, double aimX, double aimY) {
        this.type = when.event();
        this.shipId = worldId(when.ship(), shipIds);
        this.targetId = worldId(when.target(), shipIds);
        this.nearAim = when.nearAim() == null ? Double.NaN : when.nearAim();
        this.aimX = aimX;
        this.aimY = aimY;
        this.room = when.room();
        this.flag = when.flag();
    }

    private static int worldId(String fileId, Map<String, Integer> shipIds) {
        if (fileId == null) return -1;
        Integer id = shipIds.get(fileId);
        return id == null ? NO_SHIP : id;
    }

    /** Whether any of the tick's events matches. */
    boolean matchesAny(List<SimEvent> events) {
        for (int i = 0, n = events.size(); i < n; i++) {
            SimEvent e = events.get(i);
            // the class test first: it rejects almost every event without a call
            if (e.getClass() == type && matches(e)) return true;
        }
        return false;
    }

    private boolean matches(SimEvent e) {
        if (!EventMatcher.matches(e, type, shipId)) return false;
        if (targetId != -1 && ((Number) EventMatcher.read(e, EventMatcher.targetShip(type))).intValue() != targetId) return false;
        if (!Double.isNaN(nearAim)) {
            double x = ((Number) EventMatcher.read(e, "x")).doubleValue(), y = ((Number) EventMatcher.read(e, "y")).doubleValue();
            if (StrictMath.hypot(x - aimX, y - aimY) > nearAim) return false; // StrictMath: the same verdict on any JVM
        }
        if (room != null && !room.equals(EventMatcher.read(e, "roomId"))) return false;
        return flag == null || Boolean.TRUE.equals(EventMatcher.read(e, flag));
    }
}
