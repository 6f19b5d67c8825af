package io.starbridge.sim.ship;

import io.starbridge.sim.StateHash;

/** The hyperspace drive's plot and progress. */
public final class JumpState implements java.io.Serializable {
    public JumpPhase phase = JumpPhase.IDLE;
    /** Aim point, metres. */
    public double aimX, aimY;
    /** Spool progress 0..1. */
    public double spool;
    /** Ticks left in hyperspace before the drop. */
    public int dwellTicksLeft;

    void hashInto(StateHash h) { h.add(phase.ordinal()).add(aimX).add(aimY).add(spool).add(dwellTicksLeft); }
}
