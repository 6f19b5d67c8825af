package io.starbridge.sim.event;

/** A ship left its host; {@code leftBehind} away-team members stayed aboard the host. */
public record Undocked(long tick, int shipId, int hostId, int leftBehind) implements SimEvent {}
