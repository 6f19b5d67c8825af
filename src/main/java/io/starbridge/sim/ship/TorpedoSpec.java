package io.starbridge.sim.ship;

/**
 * A homing torpedo type.
 * @param speed        m/s
 * @param turnRate     rad/s of its seeker
 * @param damage       hit points on a direct hit
 * @param blastRadius  metres within which the detonation hits a ship
 * @param lifetimeSeconds after which it self-destructs harmlessly
 * @param hitPoints    point-defence damage it takes before it is destroyed
 */
public record TorpedoSpec(double speed, double turnRate, double damage, double blastRadius,
                          double lifetimeSeconds, double hitPoints) implements java.io.Serializable {}
