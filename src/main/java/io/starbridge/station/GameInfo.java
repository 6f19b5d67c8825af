package io.starbridge.station;

/**
 * The game-level facts every station sees.
 * @param outcome null while the mission runs
 * @param message the game master's last message, or null
 */
public record GameInfo(String id, String scenario, boolean paused, String outcome, String message) {}
