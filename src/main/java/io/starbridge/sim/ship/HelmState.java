package io.starbridge.sim.ship;

import io.starbridge.sim.StateHash;

/** Helm inputs and the combat manoeuvre's charge and heat. */
public final class HelmState implements java.io.Serializable {
    /** Main drive, -0.5..1 of full thrust. */
    public double throttle;
    /** Target heading, radians. */
    public double targetHeading;
    /** Lateral thrusters, -1..1 (positive = to the left). */
    public double strafe;
    /** Ticks of the current combat-manoeuvre burst still to push (0 = none). */
    public int burstTicksLeft;
    public double burstBoost, burstStrafe;
    /** Combat-manoeuvre charge, 0..1. */
    public double maneuverCharge = 1.0;
    /** Thruster heat, 0..1; at 1 the thrusters lock until cooled to 0.5. */
    public double heat;
    public boolean overheated;

    void hashInto(StateHash h) {
        h.add(throttle).add(targetHeading).add(strafe).add(burstTicksLeft).add(burstBoost).add(burstStrafe)
                .add(maneuverCharge).add(heat).add(overheated);
    }
}
