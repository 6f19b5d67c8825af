package io.starbridge.sim.event;

/** A beam mount fired at a target (beams hit on the tick they fire). */
public record BeamFired(long tick, int shipId, int mountIndex, int targetId, String subsystemId) implements SimEvent {}
