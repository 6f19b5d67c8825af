package io.starbridge.sim.event;

/** Reactor, drives and weapons are all destroyed: the ship is a dark, drifting hull. */
public record BecameDerelict(long tick, int shipId) implements SimEvent {}
