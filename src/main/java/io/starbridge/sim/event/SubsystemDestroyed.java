package io.starbridge.sim.event;

/** A subsystem's health reached zero. */
public record SubsystemDestroyed(long tick, int shipId, String subsystemId, boolean critical) implements SimEvent {}
