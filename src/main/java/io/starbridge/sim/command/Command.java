package io.starbridge.sim.command;

import java.util.Set;

/**
 * Everything any crew (human, bot or AI) can ask of the simulation. Commands are immutable;
 * the simulation validates each at the start of the tick it is applied in and answers a bad one
 * with a {@code CommandRejected} event.
 */
public sealed interface Command extends java.io.Serializable permits
        SetThrottle, SetHeading, SetStrafe, CombatManeuver, PlotJump, SpoolJumpDrive, ExecuteJump,
        SetPower, SetCloak, StartScan, SetWeaponsTarget, SetBeamsFiring, LaunchTorpedo,
        ReleaseWeapons, RepairSubsystem,
        Dock, Undock, MoveTo, ReturnToAirlock, Regroup, OpenDoor, ForceDoor, SearchRoom, CarryCaptive, SetTorch,
        ConfirmSelfDestruct, AbortSelfDestruct, SendMessage, SpawnShip {

    CommandOrigin origin();

    /** Stations allowed to send this command. */
    Set<Role> allowedRoles();

    /**
     * Checks the command's own values (ranges, finiteness), independent of the world.
     * @return null if valid, otherwise the reason it is not
     */
    default String checkValues() { return null; }

    /** Human-readable check for a finite number within [min, max]; null if fine. */
    static String range(String name, double v, double min, double max) {
        if (!Double.isFinite(v)) return name + " must be a finite number";
        if (v < min || v > max) return name + " must be within [" + min + ", " + max + "], was " + v;
        return null;
    }
}
