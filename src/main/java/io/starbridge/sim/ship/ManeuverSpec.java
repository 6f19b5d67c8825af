package io.starbridge.sim.ship;

/**
 * Combat manoeuvre data.
 * @param acceleration    m/s² of the burst
 * @param burstSeconds    how long one burst pushes
 * @param chargeCost      charge (0..1) one burst uses
 * @param rechargePerSecond charge regained per second
 * @param heatPerBurst    heat (0..1) one burst adds; at 1 the thrusters lock until cooled to 0.5
 * @param coolingPerSecond heat shed per second
 */
public record ManeuverSpec(double acceleration, double burstSeconds, double chargeCost, double rechargePerSecond,
                           double heatPerBurst, double coolingPerSecond) implements java.io.Serializable {}
