package io.starbridge.sim.event;

/** Helm fired an evasive combat manoeuvre. */
public record CombatManeuverStarted(long tick, int shipId, double boost, double strafe) implements SimEvent {}
