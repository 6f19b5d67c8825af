package io.starbridge.sim.event;

/** A torpedo left its tube; targetId is -1 when it flies to a position (last known). */
public record TorpedoLaunched(long tick, int shipId, int torpedoId, int targetId, double aimX, double aimY) implements SimEvent {}
