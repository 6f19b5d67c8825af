package io.starbridge.sim.event;

/** The hyperspace drive is charged and ready to jump. */
public record JumpSpooled(long tick, int shipId) implements SimEvent {}
