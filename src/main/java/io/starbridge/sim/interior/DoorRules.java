package io.starbridge.sim.interior;

/** Timing of doors and searches, simulated seconds. */
public final class DoorRules {
    /** Forcing a locked door. */
    public static final double FORCE_LOCKED_SECONDS = 8;
    /** Forcing a jammed door. */
    public static final double FORCE_JAMMED_SECONDS = 15;
    /** Opening a closed door. */
    public static final double OPEN_SECONDS = 1;
    /** Searching one room. */
    public static final double SEARCH_SECONDS = 4;

    private DoorRules() {}

    /** Seconds a member needs to get this door open (0 when it is already open). */
    public static double secondsToOpen(DoorState state) {
        return switch (state) {
            case OPEN -> 0;
            case CLOSED -> OPEN_SECONDS;
            case LOCKED -> FORCE_LOCKED_SECONDS;
            case JAMMED -> FORCE_JAMMED_SECONDS;
        };
    }
}
