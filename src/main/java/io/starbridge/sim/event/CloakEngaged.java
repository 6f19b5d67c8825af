package io.starbridge.sim.event;

/** The cloak took effect this tick. */
public record CloakEngaged(long tick, int shipId) implements SimEvent {}
