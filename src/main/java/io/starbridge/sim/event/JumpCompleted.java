package io.starbridge.sim.event;

/** The ship dropped out of hyperspace at (x, y), scatterMetres from its aim point, at exactly this tick. */
public record JumpCompleted(long tick, int shipId, double x, double y, double scatterMetres) implements SimEvent {}
