package io.starbridge.scenario;

/**
 * What the crew is told before the mission: the target's ship id and the hyperspace aim point
 * next to it, metres. Briefing text only; the ship still needs its sensors to see the target.
 */
public record Intel(int targetShipId, double aimX, double aimY, String briefing) {}
