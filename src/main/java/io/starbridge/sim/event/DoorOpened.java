package io.starbridge.sim.event;

/** A door of a ship's deck plan opened, by a member; {@code forced} when it was locked or jammed. */
public record DoorOpened(long tick, int shipId, String doorId, int memberId, boolean forced) implements SimEvent {}
