package io.starbridge.sim.event;

/** A captive was carried aboard the rescuing team's own ship. */
public record CaptiveRescued(long tick, int captiveId, int teamShipId) implements SimEvent {}
