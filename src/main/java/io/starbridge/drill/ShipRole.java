package io.starbridge.drill;

import io.starbridge.scenario.Mission;

/** Which ship of a mission a drill's event is about: the crew's own ship or its briefed target. */
public enum ShipRole {
    PLAYER, TARGET;

    /** The ship id this role names in a mission (the first player ship; the briefing's target). */
    public int shipId(Mission mission) {
        return this == PLAYER ? mission.playerShipIds().get(0) : mission.intel().targetShipId();
    }

    /** The name used in drill files. */
    public String fileName() { return name().toLowerCase(); }
}
