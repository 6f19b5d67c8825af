package io.starbridge.sim.ship;

/**
 * Hyperspace drive data.
 * @param spoolSeconds    charge time before a jump at full power
 * @param hyperSpeed      m/s travelled in hyperspace
 * @param minDwellSeconds time spent in hyperspace even for a short hop
 * @param scatterRadius   metres: the drop lands uniformly within this disc around the aim point
 */
public record JumpDriveSpec(double spoolSeconds, double hyperSpeed, double minDwellSeconds, double scatterRadius) implements java.io.Serializable {}
