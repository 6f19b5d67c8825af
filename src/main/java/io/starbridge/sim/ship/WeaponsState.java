package io.starbridge.sim.ship;

import io.starbridge.sim.StateHash;

/** Fire control: release, target, beam order, tube reloads and torpedo stock. */
public final class WeaponsState implements java.io.Serializable {
    /** The captain's execute order; nothing fires without it. */
    public boolean released;
    /** Targeted ship id, or -1. */
    public int targetShipId = -1;
    /** Targeted subsystem id on that ship, or null. */
    public String targetSubsystemId;
    public boolean beamsFiring;
    /** Ticks until each mount (by mount index) can fire again. */
    public final int[] cooldownTicks;
    public int torpedoesLeft;
    /** Launches ordered and not yet made. */
    public int launchesPending;
    /** Ticks until point defence can next shoot. */
    public int pointDefenceCooldown;

    WeaponsState(int mounts, int torpedoes) {
        cooldownTicks = new int[mounts];
        torpedoesLeft = torpedoes;
    }

    void hashInto(StateHash h) {
        h.add(released).add(targetShipId).add(targetSubsystemId).add(beamsFiring).add(torpedoesLeft)
                .add(launchesPending).add(pointDefenceCooldown);
        for (int c : cooldownTicks) h.add(c);
    }
}
