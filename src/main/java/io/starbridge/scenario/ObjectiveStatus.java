package io.starbridge.scenario;

/**
 * One objective of a running mission as the crew's checklist shows it.
 *
 * @param shipId the world id of the player ship whose objective it is, or -1 for every player ship's
 * @param done   whether it has been achieved; once true it stays true
 */
public record ObjectiveStatus(String id, String text, int shipId, boolean done) {
    /** Whether the objective is on that player ship's checklist. */
    public boolean isFor(int playerShipId) { return shipId == -1 || shipId == playerShipId; }
}
