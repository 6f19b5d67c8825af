package io.starbridge.sim.event;

/** A captive died with the ship they were aboard. */
public record CaptiveLost(long tick, int captiveId, int shipId) implements SimEvent {}
