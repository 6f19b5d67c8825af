package io.starbridge.sim.event;

/** An away-team member (or scenario character) died: cause "air" (suit ran dry) or "blast" (aboard a ship destroyed). */
public record MemberLost(long tick, int teamShipId, int memberId, int shipId, String cause) implements SimEvent {}
