package io.starbridge.sim.interior;

/** What a member's hands are busy with; while busy the member does not walk. */
public enum MemberAction { NONE, OPEN_DOOR, FORCE_DOOR, SEARCH }
