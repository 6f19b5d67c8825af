package io.starbridge.sim.event;

/** One person confirmed (or, with {@code abort}, asked to abort) a ship's self-destruct; a second person must follow within the window. */
public record SelfDestructConfirmed(long tick, int shipId, String personId, boolean abort) implements SimEvent {}
