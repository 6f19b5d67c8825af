package io.starbridge.sim.command;

/** A station of a ship. The observer and the view screen send no commands. */
public enum Role {
    HELM, WEAPONS, ENGINEERING, SCIENCE, COMMS, CAPTAIN, AWAY_TEAM, VIEWSCREEN, OBSERVER, GAME_MASTER
}
