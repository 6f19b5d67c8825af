package io.starbridge.sim.ship;

/** What a subsystem does; power allocation and damage effects are per subsystem. */
public enum SubsystemKind {
    /** Produces all power; destroyed means no power anywhere (lights out). */
    REACTOR,
    /** Main drive: forward and reverse thrust. */
    DRIVE,
    /** Manoeuvring thrusters: turning, strafing, combat manoeuvres. */
    MANEUVER,
    /** Beams and torpedo tubes (the mothership's "weapons control"). */
    WEAPONS,
    /** Sensor array: detection range and scan speed. */
    SENSORS,
    /** Shield emitters: shield capacity and recharge. */
    SHIELDS,
    /** Point defence against torpedoes. */
    POINT_DEFENCE,
    CLOAK,
    JUMP_DRIVE,
    HANGAR,
    LIFE_SUPPORT
}
