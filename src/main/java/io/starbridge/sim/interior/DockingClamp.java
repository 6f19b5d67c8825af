package io.starbridge.sim.interior;

import io.starbridge.sim.StateHash;

/**
 * A docked ship's hold on its host: where it sits and how it is turned relative to the host, in
 * the host's frame (metres, radians), so it stays put as the host drifts or turns.
 */
record DockingClamp(int hostId, double offsetX, double offsetY, double headingOffset) implements java.io.Serializable {
    void hashInto(StateHash h) {
        h.add(hostId).add(offsetX).add(offsetY).add(headingOffset);
    }
}
