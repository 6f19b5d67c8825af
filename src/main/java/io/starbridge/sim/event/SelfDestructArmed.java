package io.starbridge.sim.event;

/** Two people confirmed within the window: the ship blows up at {@code detonationTick}. */
public record SelfDestructArmed(long tick, int shipId, long detonationTick) implements SimEvent {}
