package io.starbridge.sim.event;

/** The ship entered hyperspace towards an aim point (metres). */
public record JumpStarted(long tick, int shipId, double aimX, double aimY) implements SimEvent {}
