package io.starbridge.sim.event;

/** A science scan finished: the observer now knows the target's subsystems. */
public record ScanCompleted(long tick, int observerId, int targetId) implements SimEvent {}
