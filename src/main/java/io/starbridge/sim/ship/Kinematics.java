package io.starbridge.sim.ship;

import io.starbridge.sim.StateHash;

/** Position (m), velocity (m/s) and heading (rad, 0 = +x, counter-clockwise) of a ship. */
public final class Kinematics implements java.io.Serializable {
    public double x, y, vx, vy, heading;

    public double speed() { return StrictMath.sqrt(vx * vx + vy * vy); }

    public double distanceTo(Kinematics o) { return distanceTo(o.x, o.y); }

    public double distanceTo(double px, double py) {
        double dx = px - x, dy = py - y;
        return StrictMath.sqrt(dx * dx + dy * dy);
    }

    public double distanceSquaredTo(double px, double py) {
        double dx = px - x, dy = py - y;
        return dx * dx + dy * dy;
    }

    void hashInto(StateHash h) { h.add(x).add(y).add(vx).add(vy).add(heading); }
}
