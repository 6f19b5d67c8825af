package io.starbridge.sim.event;

/** Point defence destroyed a torpedo before it hit. */
public record TorpedoIntercepted(long tick, int torpedoId, int byShipId) implements SimEvent {}
