package io.starbridge.station;

/**
 * The briefing as stations see it (copied from the scenario's intel by the server).
 * @param targetShipId the ship to strike, or -1
 * @param aimX         hyperspace aim point, metres
 * @param aimY         hyperspace aim point, metres
 */
public record MissionBrief(String briefing, int targetShipId, double aimX, double aimY) implements java.io.Serializable {}
