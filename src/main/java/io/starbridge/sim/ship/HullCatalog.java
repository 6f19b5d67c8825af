package io.starbridge.sim.ship;

import static io.starbridge.sim.ship.SubsystemClass.CRITICAL;
import static io.starbridge.sim.ship.SubsystemClass.SECONDARY;
import static io.starbridge.sim.ship.SubsystemKind.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built-in hull classes. The corvette out-accelerates the mothership 30× and out-turns it 24×.
 */
public final class HullCatalog {
    private static final double DEG = StrictMath.PI / 180;

    /** Vigil's class: small, agile, cloaked, with a hyperspace drive. 60 m long. */
    public static final HullClass CORVETTE = new HullClass("corvette", "Corvette", 30, 2.0e6,
            1.2e8 /* 60 m/s² */, 4.0e7 /* 20 m/s² lateral */, 72 * DEG, 400,
            700, 300, 200, 12, 100, 40_000, 400, 1, 4.0, 30, 4, 8,
            new JumpDriveSpec(8, 500_000, 2, 300),
            new ManeuverSpec(90, 0.8, 0.35, 0.12, 0.3, 0.1),
            new TorpedoSpec(1200, 1.6, 140, 60, 20, 20),
            List.of(
                    new SubsystemSpec("reactor", "Reactor", REACTOR, CRITICAL, -8, 0, 220, 0),
                    new SubsystemSpec("drive", "Impulse drive", DRIVE, CRITICAL, -24, 0, 160, 20),
                    new SubsystemSpec("thrusters", "Manoeuvring thrusters", MANEUVER, SECONDARY, 0, 10, 120, 10),
                    new SubsystemSpec("weapons", "Beam and torpedo control", WEAPONS, CRITICAL, 16, 0, 140, 20),
                    new SubsystemSpec("sensors", "Sensors", SENSORS, SECONDARY, 24, 0, 100, 10),
                    new SubsystemSpec("shields", "Shield emitters", SHIELDS, SECONDARY, 0, -10, 120, 15),
                    new SubsystemSpec("cloak", "Cloak", CLOAK, SECONDARY, 4, -6, 100, 5),
                    new SubsystemSpec("jump", "Hyperspace drive", JUMP_DRIVE, SECONDARY, -16, 8, 120, 10),
                    new SubsystemSpec("life", "Life support", LIFE_SUPPORT, SECONDARY, 6, 6, 100, 5)),
            List.of(
                    new WeaponMount("beam-port", MountKind.BEAM, 15 * DEG, 60 * DEG, 5_000, 28, 1.5),
                    new WeaponMount("beam-starboard", MountKind.BEAM, -15 * DEG, 60 * DEG, 5_000, 28, 1.5),
                    new WeaponMount("tube-1", MountKind.TORPEDO_TUBE, 0, 30 * DEG, 12_000, 0, 6),
                    new WeaponMount("tube-2", MountKind.TORPEDO_TUBE, 0, 30 * DEG, 12_000, 0, 6)));

    /** The enemy: vast and slow, the last of its fleet. 2 km long. */
    public static final HullClass MOTHERSHIP = new HullClass("mothership", "Alien mothership", 900, 4.0e9,
            8.0e9 /* 2 m/s² */, 2.0e9, 3 * DEG, 120,
            4000, 900, 600, 6, 400, 60_000, 900, 1, 6.0, 0, 6, 24,
            new JumpDriveSpec(30, 200_000, 4, 2_000),
            new ManeuverSpec(1, 1, 1, 0.01, 1, 0.01),
            new TorpedoSpec(900, 0.4, 120, 220, 30, 20),
            List.of(
                    new SubsystemSpec("reactor", "Reactor", REACTOR, CRITICAL, -200, 60, 520, 0),
                    new SubsystemSpec("main-drive", "Main drive", DRIVE, CRITICAL, -820, 0, 420, 60),
                    new SubsystemSpec("weapons-control", "Weapons control", WEAPONS, CRITICAL, 300, -90, 380, 80),
                    new SubsystemSpec("sensor-array", "Sensor array", SENSORS, CRITICAL, 760, 0, 300, 40),
                    new SubsystemSpec("point-defence", "Point defence", POINT_DEFENCE, SECONDARY, 120, 260, 220, 30),
                    new SubsystemSpec("hangar", "Hangar", HANGAR, SECONDARY, -420, -260, 260, 20),
                    new SubsystemSpec("shield-emitters", "Shield emitters", SHIELDS, SECONDARY, 0, -300, 260, 60),
                    new SubsystemSpec("life-support", "Life support", LIFE_SUPPORT, SECONDARY, -60, 200, 200, 20),
                    new SubsystemSpec("jump-drive", "Hyperspace drive", JUMP_DRIVE, SECONDARY, -600, 150, 400, 40)),
            List.of(
                    new WeaponMount("bow-battery", MountKind.BEAM, 0, 50 * DEG, 7_000, 45, 2.5),
                    new WeaponMount("port-battery", MountKind.BEAM, 90 * DEG, 60 * DEG, 6_000, 35, 3),
                    new WeaponMount("starboard-battery", MountKind.BEAM, -90 * DEG, 60 * DEG, 6_000, 35, 3),
                    new WeaponMount("torpedo-bay", MountKind.TORPEDO_TUBE, 0, StrictMath.PI, 30_000, 0, 9),
                    new WeaponMount("pd-array", MountKind.POINT_DEFENCE, 0, StrictMath.PI, 1_500, 6, 0.25)));

    /** A line frigate for the battlefield load scenario. 120 m long. */
    public static final HullClass FRIGATE = new HullClass("frigate", "Frigate", 60, 1.2e7,
            3.6e8 /* 30 m/s² */, 1.2e8, 30 * DEG, 250,
            500, 200, 150, 8, 80, 12_000, 300, 12 /* sweeps at 5 Hz, as often as its AI crew decides */, 5.0, 0, 2, 6,
            new JumpDriveSpec(15, 300_000, 2, 500),
            new ManeuverSpec(40, 0.8, 0.4, 0.08, 0.3, 0.1),
            new TorpedoSpec(1000, 1.2, 90, 60, 15, 20),
            List.of(
                    new SubsystemSpec("reactor", "Reactor", REACTOR, CRITICAL, -10, 0, 200, 0),
                    new SubsystemSpec("drive", "Drive", DRIVE, CRITICAL, -50, 0, 160, 25),
                    new SubsystemSpec("weapons", "Weapons", WEAPONS, CRITICAL, 30, 0, 160, 25),
                    new SubsystemSpec("sensors", "Sensors", SENSORS, SECONDARY, 50, 0, 100, 10),
                    new SubsystemSpec("shields", "Shields", SHIELDS, SECONDARY, 0, 15, 120, 15),
                    new SubsystemSpec("point-defence", "Point defence", POINT_DEFENCE, SECONDARY, 0, -15, 80, 5)),
            List.of(
                    new WeaponMount("beam", MountKind.BEAM, 0, 70 * DEG, 3_000, 20, 2),
                    new WeaponMount("tube", MountKind.TORPEDO_TUBE, 0, 40 * DEG, 8_000, 0, 10),
                    new WeaponMount("pd", MountKind.POINT_DEFENCE, 0, StrictMath.PI, 900, 20, 0.4)));

    private static final Map<String, HullClass> BY_ID = java.util.Collections.unmodifiableMap(new TreeMap<>(Map.of(
            CORVETTE.id(), CORVETTE, MOTHERSHIP.id(), MOTHERSHIP, FRIGATE.id(), FRIGATE)));

    private HullCatalog() {}

    /** Ids of the built-in hull classes, sorted. */
    public static java.util.Set<String> ids() { return BY_ID.keySet(); }

    /** The hull class with this id; throws if unknown. */
    public static HullClass byId(String id) {
        HullClass hull = BY_ID.get(id);
        if (hull == null) throw new IllegalArgumentException("unknown hull class '" + id + "'; known: " + BY_ID.keySet());
        return hull;
    }
}
