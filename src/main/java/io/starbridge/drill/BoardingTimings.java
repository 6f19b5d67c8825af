package io.starbridge.drill;

import io.starbridge.sim.Tick;
import io.starbridge.sim.event.Docked;
import io.starbridge.sim.event.MemberLost;
import io.starbridge.sim.event.MemberMoved;
import io.starbridge.sim.event.SelfDestructArmed;
import io.starbridge.sim.event.SelfDestructConfirmed;
import io.starbridge.sim.event.SelfDestructDetonated;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.event.Undocked;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The boarding drill's figures for one player ship's away team and its target, in simulated
 * milliseconds from event ticks:
 * <ul>
 * <li>{@code dockToBridgeMs}: docked with the target → the first member on its bridge;</li>
 * <li>{@code confirmToDetonationMs}: the first hand on the target's self-destruct → detonation;</li>
 * <li>{@code evacuationMarginMs}: countdown left when the last living member was back aboard the own
 * ship (after arming);</li>
 * <li>{@code confirmToEvacuatedMs}: the first hand on the target's self-destruct → the own ship undocked
 * from it with no member left behind.</li>
 * </ul>
 * A figure is absent when its events did not happen.
 */
public final class BoardingTimings implements java.io.Serializable {
    /** Every figure name this class can report, in report order. */
    public static final List<String> FIGURES =
            List.of("dockToBridgeMs", "confirmToDetonationMs", "evacuationMarginMs", "confirmToEvacuatedMs");
    private final int shipId;
    private final int targetId;
    private long dockTick = -1, bridgeTick = -1, confirmTick = -1, detonationTick = -1, plannedDetonation = -1;
    private long allAboardTick = -1, evacuatedTick = -1;
    /** Members of the team known (from events) to be off the own ship, ascending ids. */
    private final TreeSet<Integer> away = new TreeSet<>();

    public BoardingTimings(int shipId, int targetId) {
        this.shipId = shipId;
        this.targetId = targetId;
    }

    public void accept(SimEvent e) {
        long t = e.tick();
        if (e instanceof Docked d && d.shipId() == shipId && d.hostId() == targetId && dockTick < 0) dockTick = t;
        else if (e instanceof MemberMoved m && m.teamShipId() == shipId) {
            if (m.shipId() == targetId && m.roomId().equals("bridge") && dockTick >= 0 && bridgeTick < 0) bridgeTick = t;
            if (m.shipId() == shipId) away.remove(m.memberId());
            else away.add(m.memberId());
            backAboard(t);
        } else if (e instanceof MemberLost l && l.teamShipId() == shipId) {
            away.remove(l.memberId());
            backAboard(t);
        } else if (e instanceof SelfDestructConfirmed c && c.shipId() == targetId && !c.abort() && confirmTick < 0) confirmTick = t;
        else if (e instanceof SelfDestructArmed a && a.shipId() == targetId) {
            plannedDetonation = a.detonationTick();
            allAboardTick = -1;
            backAboard(t);
        } else if (e instanceof SelfDestructDetonated d && d.shipId() == targetId) detonationTick = t;
        // an undock that leaves someone aboard is not an evacuation: the crew would have to go back
        else if (e instanceof Undocked u && u.shipId() == shipId && u.hostId() == targetId && u.leftBehind() == 0
                && confirmTick >= 0 && evacuatedTick < 0) evacuatedTick = t;
    }

    private void backAboard(long t) {
        if (plannedDetonation >= 0 && allAboardTick < 0 && away.isEmpty()) allAboardTick = t;
    }

    /** Adds the figures measured so far. */
    public void addFigures(Map<String, Long> f) {
        if (dockTick >= 0 && bridgeTick >= dockTick) f.put("dockToBridgeMs", Tick.toMillis(bridgeTick - dockTick));
        if (confirmTick >= 0 && detonationTick >= confirmTick) f.put("confirmToDetonationMs", Tick.toMillis(detonationTick - confirmTick));
        if (allAboardTick >= 0 && plannedDetonation >= allAboardTick)
            f.put("evacuationMarginMs", Tick.toMillis(plannedDetonation - allAboardTick));
        if (evacuatedTick >= 0) f.put("confirmToEvacuatedMs", Tick.toMillis(evacuatedTick - confirmTick));
    }
}
