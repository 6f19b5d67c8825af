package io.starbridge.sim.ship;

/**
 * A subsystem as hull data.
 * @param id          stable id within the hull, e.g. "reactor"
 * @param x           position on the hull, metres forward of the centre
 * @param y           position on the hull, metres to the left of the centre
 * @param maxHealth   hit points (> 0)
 * @param powerDemand power units drawn at 100 % allocation (0 for the reactor)
 */
public record SubsystemSpec(String id, String name, SubsystemKind kind, SubsystemClass subsystemClass,
                            double x, double y, double maxHealth, double powerDemand) implements java.io.Serializable {}
