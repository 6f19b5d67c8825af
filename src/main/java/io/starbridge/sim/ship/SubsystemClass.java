package io.starbridge.sim.ship;

/** Targeting priority class of a subsystem: critical ones first, then secondary. */
public enum SubsystemClass { CRITICAL, SECONDARY }
