package io.starbridge.sim.ship;

import io.starbridge.sim.Angles;
import io.starbridge.sim.SimSystem;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;

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

    @Override public void run(World world) {
        for (Ship ship : world.ships()) {
            if (ship.present()) fly(ship);
        }
    }

    static void fly(Ship ship) {
        HullClass hull = ship.hull();
        HelmState helm = ship.helm;
        Kinematics m = ship.motion;
        double drive = StrictMath.min(1.5, ship.effect(SubsystemKind.DRIVE));
        double thrusters = StrictMath.min(1.5, ship.subsystemOf(SubsystemKind.MANEUVER) != null
                ? ship.effect(SubsystemKind.MANEUVER) : drive);

        double maxTurn = hull.turnRate() * StrictMath.min(1.0, thrusters) * Tick.DT;
        double turn = Angles.delta(m.heading, helm.targetHeading);
        m.heading = Angles.normalize(m.heading + StrictMath.max(-maxTurn, StrictMath.min(maxTurn, turn)));

        double cos = StrictMath.cos(m.heading), sin = StrictMath.sin(m.heading);
        double forward = helm.throttle * hull.thrust() / hull.mass() * drive;
        double lateralAccel = hull.thrusterForce() / hull.mass() * thrusters;
        double left = helm.strafe * lateralAccel;
        boolean bursting = helm.burstTicksLeft > 0 && thrusters > 0;
        if (bursting) {
            double burst = hull.maneuver().acceleration() * StrictMath.min(1.0, thrusters);
            forward += helm.burstBoost * burst;
            left += helm.burstStrafe * burst;
        }
        if (helm.burstTicksLeft > 0) helm.burstTicksLeft--;

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

        ManeuverSpec spec = hull.maneuver();
        helm.maneuverCharge = StrictMath.min(1.0, helm.maneuverCharge + spec.rechargePerSecond() * Tick.DT);
        helm.heat = StrictMath.max(0.0, helm.heat - spec.coolingPerSecond() * Tick.DT);
        if (helm.overheated && helm.heat <= 0.5) helm.overheated = false;
    }
}
