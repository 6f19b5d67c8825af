package io.starbridge.sim.event;

/** A search found a captive alive in a room. */
public record CaptiveFound(long tick, int shipId, int captiveId, String roomId, int memberId) implements SimEvent {}
