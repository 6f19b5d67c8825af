package io.starbridge.sim.event;

/** The hull reached zero: the ship is gone. */
public record ShipDestroyed(long tick, int shipId) implements SimEvent {}
