package io.starbridge.sim.event;

/** A ship was hit; shields absorbed part, the rest went to the hull and the targeted subsystem. */
public record ShipHit(long tick, int targetId, int attackerId, String weapon, String subsystemId, double shieldAbsorbed, double hullDamage, double subsystemDamage) implements SimEvent {}
