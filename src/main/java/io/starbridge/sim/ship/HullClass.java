package io.starbridge.sim.ship;

import java.util.List;

/**
 * A class of hull as data. Units: metres, seconds, kilograms, newtons, radians; power in abstract units.
 *
 * @param radius            metres; hits and detection treat the ship as a disc of this radius
 * @param mass              kg
 * @param thrust            N of the main drive at full throttle, full power and health
 * @param thrusterForce     N of the lateral manoeuvring thrusters
 * @param turnRate          rad/s at full manoeuvring power
 * @param maxSpeed          m/s the flight computer holds the ship to
 * @param maxHull           hull hit points
 * @param shieldFront       front shield capacity (hit points); the front arc is ±90° of the heading
 * @param shieldRear        rear shield capacity
 * @param shieldRecharge    shield hit points regained per second at full shield power
 * @param reactorOutput     power units produced by an undamaged reactor
 * @param sensorRange       metres at which this ship detects an uncloaked ship
 * @param cloakDetectionRange metres at which this ship detects a cloaked ship
 * @param sensorPeriodTicks ticks between sensor sweeps (1 = every tick)
 * @param scanSeconds       time for a full scan at full sensor power
 * @param cloakDrain        power units the engaged cloak draws (0 = no cloak)
 * @param repairPerSecond   hit points the repair crew restores per second to one damaged subsystem
 * @param torpedoStock      torpedoes carried
 */
public record HullClass(String id, String name, double radius, double mass, double thrust, double thrusterForce,
                        double turnRate, double maxSpeed, double maxHull, double shieldFront, double shieldRear,
                        double shieldRecharge, double reactorOutput, double sensorRange, double cloakDetectionRange,
                        int sensorPeriodTicks, double scanSeconds, double cloakDrain, double repairPerSecond,
                        int torpedoStock, JumpDriveSpec jumpDrive, ManeuverSpec maneuver, TorpedoSpec torpedo,
                        List<SubsystemSpec> subsystems, List<WeaponMount> mounts) implements java.io.Serializable {

    public HullClass {
        subsystems = List.copyOf(subsystems);
        mounts = List.copyOf(mounts);
        if (subsystems.stream().noneMatch(s -> s.kind() == SubsystemKind.REACTOR))
            throw new IllegalArgumentException(id + ": a hull needs a reactor");
    }

    public boolean hasCloak() { return cloakDrain > 0; }

    /** Index of the subsystem with this id, or -1. */
    public int subsystemIndex(String subsystemId) {
        for (int i = 0; i < subsystems.size(); i++) if (subsystems.get(i).id().equals(subsystemId)) return i;
        return -1;
    }

    /** Main-drive acceleration at full throttle, m/s². */
    public double maxAcceleration() { return thrust / mass; }
}
