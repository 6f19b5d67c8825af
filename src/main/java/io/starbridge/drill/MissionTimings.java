package io.starbridge.drill;

import io.starbridge.scenario.Mission;
import io.starbridge.sim.Tick;
import io.starbridge.sim.event.BeamFired;
import io.starbridge.sim.event.BecameDerelict;
import io.starbridge.sim.event.CloakEngaged;
import io.starbridge.sim.event.JumpCompleted;
import io.starbridge.sim.event.JumpStarted;
import io.starbridge.sim.event.ScanCompleted;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.event.SubsystemDestroyed;
import io.starbridge.sim.event.TorpedoLaunched;
import io.starbridge.sim.event.WeaponsReleased;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strike's drill figures for one player ship and its target, in simulated milliseconds
 * measured from event ticks (a tick is 16.67 ms; figures are rounded to the millisecond):
 * <ul>
 * <li>{@code jumpMs}: jump start → drop;</li>
 * <li>{@code dropToCloakMs}: drop → cloak engaged (the first cloak after the first drop);</li>
 * <li>{@code dropToScanMs}: drop → target scanned;</li>
 * <li>{@code dropToExecuteMs}: drop → the captain's release;</li>
 * <li>{@code executeToFirstShotMs}: release → first beam or torpedo;</li>
 * <li>{@code executeToCriticalsMs}: release → every critical subsystem of the target destroyed;</li>
 * <li>{@code dropToDerelictMs}: drop → target derelict.</li>
 * </ul>
 * plus the boarding figures of {@link BoardingTimings}. A figure is absent when its events did not happen.
 */
public final class MissionTimings implements java.io.Serializable {
    /** Every figure name this class can report (its own, then the boarding ones), in report order. */
    public static final List<String> FIGURES = allFigures();

    private final int shipId;
    private final int targetId;
    private final int targetCriticals;
    private long jumpTick = -1, dropTick = -1, cloakTick = -1, scanTick = -1, executeTick = -1, shotTick = -1;
    private long criticalsTick = -1, derelictTick = -1;
    private int criticalsDown;
    /** The boarding figures, reported only in missions that board. */
    private final BoardingTimings boarding;

    /** @param targetCriticals how many critical subsystems the target has */
    public MissionTimings(int shipId, int targetId, int targetCriticals) {
        this.shipId = shipId;
        this.targetId = targetId;
        this.targetCriticals = targetCriticals;
        this.boarding = new BoardingTimings(shipId, targetId);
    }

    /**
     * Timings for a mission's first player ship against its briefed target, or null for a mission
     * without a briefing or player ship (nothing to time).
     */
    public static MissionTimings forMission(Mission mission) {
        if (mission.intel() == null || mission.playerShipIds().isEmpty()) return null;
        Ship target = mission.world().ship(mission.intel().targetShipId());
        int criticals = 0;
        for (int i = 0; i < target.subsystemCount(); i++) if (target.subsystem(i).critical()) criticals++;
        return new MissionTimings(mission.playerShipIds().get(0), target.id(), criticals);
    }

    private static List<String> allFigures() {
        List<String> names = new ArrayList<>(List.of("jumpMs", "dropToCloakMs", "dropToScanMs", "dropToExecuteMs",
                "executeToFirstShotMs", "executeToCriticalsMs", "dropToDerelictMs"));
        names.addAll(BoardingTimings.FIGURES);
        return List.copyOf(names);
    }

    public void accept(SimEvent e) {
        long t = e.tick();
        boarding.accept(e);
        if (e instanceof JumpStarted j && j.shipId() == shipId && jumpTick < 0) jumpTick = t;
        else if (e instanceof JumpCompleted j && j.shipId() == shipId && dropTick < 0) dropTick = t;
        else if (e instanceof CloakEngaged c && c.shipId() == shipId && dropTick >= 0 && cloakTick < 0) cloakTick = t;
        else if (e instanceof ScanCompleted s && s.observerId() == shipId && s.targetId() == targetId) scanTick = t;
        else if (e instanceof WeaponsReleased w && w.shipId() == shipId && w.released() && executeTick < 0) executeTick = t;
        else if ((e instanceof BeamFired b && b.shipId() == shipId || e instanceof TorpedoLaunched l && l.shipId() == shipId)
                && shotTick < 0) shotTick = t;
        else if (e instanceof SubsystemDestroyed d && d.shipId() == targetId && d.critical()
                && ++criticalsDown == targetCriticals) criticalsTick = t;
        else if (e instanceof BecameDerelict d && d.shipId() == targetId && derelictTick < 0) derelictTick = t;
    }

    /** The figures measured so far, by name, in insertion order. */
    public Map<String, Long> figures() {
        Map<String, Long> f = new LinkedHashMap<>();
        span(f, "jumpMs", jumpTick, dropTick);
        span(f, "dropToCloakMs", dropTick, cloakTick);
        span(f, "dropToScanMs", dropTick, scanTick);
        span(f, "dropToExecuteMs", dropTick, executeTick);
        span(f, "executeToFirstShotMs", executeTick, shotTick);
        span(f, "executeToCriticalsMs", executeTick, criticalsTick);
        span(f, "dropToDerelictMs", dropTick, derelictTick);
        boarding.addFigures(f);
        return f;
    }

    private static void span(Map<String, Long> f, String name, long from, long to) {
        if (from >= 0 && to >= from) f.put(name, Tick.toMillis(to - from));
    }
}
