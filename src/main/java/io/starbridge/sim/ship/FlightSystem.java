package io.starbridge.sim.ship;

import io.starbridge.sim.Angles;
import io.starbridge.sim.SimSystem;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import java.util.Arrays;

/**
 * Newtonian 2D flight with a flight computer: the main drive pushes along the heading, the
 * manoeuvring thrusters turn the ship towards its target heading, strafe it, and (flight assist)
 * cancel sideways drift when helm is not strafing. The computer holds speed to the hull's
 * maximum, which a combat-manoeuvre burst may exceed by half. A ship without power drifts.
 * Integration is semi-implicit Euler with the fixed tick.
 */
public final class FlightSystem implements SimSystem {
    /** A burst may push the ship to this multiple of its normal maximum speed. */
    static final double BURST_SPEED_FACTOR = 1.5;

    /**
     * A pure cache of the heading's cosine and sine by ship id (a NaN heading = no entry): most ships
     * hold their heading for many ticks, and StrictMath's trigonometry is a native call. An entry is
     * used only for the very same heading, and never for ±0, whose sines differ in sign.
     */
    private double[] trigHeading = new double[0], trigCos = new double[0], trigSin = new double[0];

    @Override public void run(World world) {
        for (int i = 0, n = world.shipCount(); i < n; i++) {
            Ship ship = world.shipAt(i);
            if (ship.present()) fly(ship);
        }
    }

    private void fly(Ship ship) {
        HullClass hull = ship.hull();
        HelmState helm = ship.helm;
        Kinematics m = ship.motion;
        // min(1.5, e) written out: StrictMath.min is two calls in the interpreter, and for a first
        // argument of 1.5 (neither NaN nor zero) Math.min is exactly this comparison
        double driveEffect = ship.effect(SubsystemKind.DRIVE);
        double drive = 1.5 <= driveEffect ? 1.5 : driveEffect;
        Subsystem maneuver = ship.subsystemOf(SubsystemKind.MANEUVER);
        double maneuverEffect = maneuver != null ? maneuver.effect() : drive;
        double thrusters = 1.5 <= maneuverEffect ? 1.5 : maneuverEffect;
        double mass = hull.mass();

        double heading = m.heading;
        double turn = Angles.delta(heading, helm.targetHeading);
        // on the target heading already (and normalised, not ±0): the turn below would add ±0 and
        // normalise to the same heading, so skip it
        if (turn != 0.0 || heading == 0.0 || !(heading > -StrictMath.PI && heading <= StrictMath.PI)) {
            double maxTurn = hull.turnRate() * StrictMath.min(1.0, thrusters) * Tick.DT;
            heading = Angles.normalize(heading + StrictMath.max(-maxTurn, StrictMath.min(maxTurn, turn)));
            m.heading = heading;
        }

        int id = ship.id();
        if (id >= trigHeading.length) growTrigCache(id);
        double cos, sin;
        if (heading == trigHeading[id] && heading != 0.0) {
            cos = trigCos[id];
            sin = trigSin[id];
        } else {
            cos = StrictMath.cos(heading);
            sin = StrictMath.sin(heading);
            trigHeading[id] = heading;
            trigCos[id] = cos;
            trigSin[id] = sin;
        }
        double forward = helm.throttle * hull.thrust() / mass * drive;
        double lateralAccel = hull.thrusterForce() / mass * thrusters;
        double left = helm.strafe * lateralAccel;
        ManeuverSpec spec = hull.maneuver();
        int burstTicksLeft = helm.burstTicksLeft;
        boolean bursting = burstTicksLeft > 0 && thrusters > 0;
        if (bursting) {
            double burst = spec.acceleration() * StrictMath.min(1.0, thrusters);
            forward += helm.burstBoost * burst;
            left += helm.burstStrafe * burst;
        }
        if (burstTicksLeft > 0) helm.burstTicksLeft = burstTicksLeft - 1;

        // flight assist: thrusters null sideways drift when helm is not asking for any
        double sideways = -m.vx * sin + m.vy * cos;
        if (helm.strafe == 0 && !bursting && sideways != 0) {
            double cancel = StrictMath.min(StrictMath.abs(sideways) / Tick.DT, lateralAccel);
            left -= StrictMath.signum(sideways) * cancel;
        }

        m.vx += (forward * cos - left * sin) * Tick.DT;
        m.vy += (forward * sin + left * cos) * Tick.DT;

        double cap = hull.maxSpeed() * (bursting ? BURST_SPEED_FACTOR : 1.0);
        double speed = m.speed();
        if (speed > cap && drive + thrusters > 0) {
            // the flight computer brakes back to the cap at no more than full drive deceleration
            double target = StrictMath.max(cap, speed - hull.maxAcceleration() * Tick.DT);
            m.vx *= target / speed;
            m.vy *= target / speed;
        }
        m.x += m.vx * Tick.DT;
        m.y += m.vy * Tick.DT;

        // a full charge stays full and no heat stays none: skip the clamps (same values, fewer calls)
        if (helm.maneuverCharge != 1.0)
            helm.maneuverCharge = StrictMath.min(1.0, helm.maneuverCharge + spec.rechargePerSecond() * Tick.DT);
        if (helm.heat != 0.0) helm.heat = StrictMath.max(0.0, helm.heat - spec.coolingPerSecond() * Tick.DT);
        if (helm.overheated && helm.heat <= 0.5) helm.overheated = false;
    }

    private void growTrigCache(int id) {
        int n = StrictMath.max(id + 1, trigHeading.length * 2);
        int from = trigHeading.length;
        trigHeading = Arrays.copyOf(trigHeading, n);
        Arrays.fill(trigHeading, from, n, Double.NaN);
        trigCos = Arrays.copyOf(trigCos, n);
        trigSin = Arrays.copyOf(trigSin, n);
    }
}
