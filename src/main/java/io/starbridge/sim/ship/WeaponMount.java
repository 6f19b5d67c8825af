package io.starbridge.sim.ship;

/**
 * A weapon mount as hull data.
 * @param facing       centre of the arc, radians relative to the ship's heading
 * @param halfArc      half the arc width, radians (π = all round)
 * @param range        metres
 * @param damage       hit points per shot (beams) — torpedo damage is in {@link TorpedoSpec}
 * @param cycleSeconds time between shots (beams, point defence) or reload time (tubes)
 */
public record WeaponMount(String id, MountKind kind, double facing, double halfArc, double range,
                          double damage, double cycleSeconds) implements java.io.Serializable {}
