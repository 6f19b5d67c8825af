package io.starbridge.sim;

/**
 * Where the people aboard ships are, as far as other concerns need to know: the self-destruct asks
 * whether the member whose hand is on a console really stands on that ship's bridge. Implemented
 * by the interiors; concerns meet through this interface so they need not import one another.
 */
public interface Whereabouts {
    /**
     * @param teamShipId the ship whose away team (or scenario party) the member belongs to
     * @param memberId   the member's id
     * @param shipId     the ship whose bridge console is meant
     * @return null if that member is alive and stands on that ship's bridge, otherwise the reason not
     */
    String reasonNotOnBridge(int teamShipId, int memberId, int shipId);
}
