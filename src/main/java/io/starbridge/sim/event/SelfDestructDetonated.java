package io.starbridge.sim.event;

/** The countdown reached zero: the ship exploded at (x, y); ships within {@code blastRadius} metres of it took damage. */
public record SelfDestructDetonated(long tick, int shipId, double x, double y, double blastRadius) implements SimEvent {}
