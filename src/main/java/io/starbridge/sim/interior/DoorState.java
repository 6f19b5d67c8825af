package io.starbridge.sim.interior;

/** A door between two rooms. Only an open door lets anyone through. */
public enum DoorState {
    OPEN, CLOSED,
    /** Needs force ({@link DoorRules#FORCE_LOCKED_SECONDS}). */
    LOCKED,
    /** Buckled in its frame: needs force ({@link DoorRules#FORCE_JAMMED_SECONDS}). */
    JAMMED
}
