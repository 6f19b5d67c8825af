package io.starbridge.sim.event;

/** A torpedo exploded; hitShipId is -1 when nothing was in its blast. */
public record TorpedoDetonated(long tick, int torpedoId, double x, double y, int hitShipId) implements SimEvent {}
