package io.starbridge.sim.event;

/** An away-team member (of the team of ship {@code teamShipId}) entered a room of ship {@code shipId}. */
public record MemberMoved(long tick, int teamShipId, int memberId, int shipId, String roomId) implements SimEvent {}
