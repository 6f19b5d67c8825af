package io.starbridge.sim.event;

/** The cloak dropped: reason is "ordered", "fired" (firing reveals) or "no-power". */
public record CloakDisengaged(long tick, int shipId, String reason) implements SimEvent {}
