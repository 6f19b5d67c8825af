package io.starbridge.sim.interior;

/** What a room is for; the bridge holds the self-destruct console, the airlock joins docked ships. */
public enum RoomKind { BRIDGE, AIRLOCK, CORRIDOR, ENGINEERING, WEAPONS, SENSORS, HOLD, CELLS, QUARTERS, UTILITY }
