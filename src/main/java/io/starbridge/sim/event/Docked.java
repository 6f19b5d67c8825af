package io.starbridge.sim.event;

/** A ship docked with a host through the airlocks; it now moves with the host. */
public record Docked(long tick, int shipId, int hostId) implements SimEvent {}
