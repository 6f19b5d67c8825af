package io.starbridge.sim.event;

/** A search found the bodies of enemy crew in a room. */
public record BodyFound(long tick, int shipId, String roomId, int bodies, int memberId) implements SimEvent {}
