package io.starbridge.sim.event;

/** Two people aborted an armed self-destruct. */
public record SelfDestructAborted(long tick, int shipId) implements SimEvent {}
