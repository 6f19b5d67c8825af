package io.starbridge.replay;

import io.starbridge.sim.StateHash;

/** A re-simulation whose state hash differs from the recorded one at a checkpoint. */
public final class ReplayDivergence extends RuntimeException {
    private final long tick;

    public ReplayDivergence(long tick, long expected, long actual) {
        super("replay diverged at tick " + tick + ": journal has hash " + StateHash.hex(expected)
                + ", re-simulation gives " + StateHash.hex(actual));
        this.tick = tick;
    }

    public long tick() { return tick; }
}
