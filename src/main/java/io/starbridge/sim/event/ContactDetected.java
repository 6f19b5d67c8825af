package io.starbridge.sim.event;

/** An observer's sensors picked up a ship. */
public record ContactDetected(long tick, int observerId, int targetId) implements SimEvent {}
