package io.starbridge.sim.event;

/** An observer's sensors lost a ship (cloaked, out of range, jumped or destroyed). */
public record ContactLost(long tick, int observerId, int targetId) implements SimEvent {}
