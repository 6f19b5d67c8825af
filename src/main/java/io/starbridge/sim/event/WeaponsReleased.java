package io.starbridge.sim.event;

/** The captain released (or held) the ship's weapons. */
public record WeaponsReleased(long tick, int shipId, boolean released) implements SimEvent {}
