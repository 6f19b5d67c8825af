package io.starbridge.sim.selfdestruct;

import io.starbridge.sim.StateHash;
import io.starbridge.sim.Tick;
import java.util.Collection;
import java.util.Collections;
import java.util.TreeMap;

/**
 * The self-destructs installed by the scenario, by ship id (ascending). Empty in scenarios without
 * one, and then absent from the state hash.
 */
public final class SelfDestructs implements java.io.Serializable {
    private final TreeMap<Integer, SelfDestruct> byShip = new TreeMap<>();

    public boolean isEmpty() { return byShip.isEmpty(); }

    /**
     * Scenario setup: fits a ship with a self-destruct.
     * @param countdownSeconds from arming to detonation
     * @param blastRadius      metres from the ship's centre to another hull
     * @param blastDamage      hull points at zero distance
     */
    public SelfDestruct install(int shipId, double countdownSeconds, double blastRadius, double blastDamage) {
        SelfDestruct sd = new SelfDestruct(shipId, Tick.ofSeconds(countdownSeconds), blastRadius, blastDamage);
        byShip.put(shipId, sd);
        return sd;
    }

    /** The self-destruct of a ship, or null if it has none. */
    public SelfDestruct of(int shipId) { return byShip.get(shipId); }

    /** All of them, ascending ship ids. */
    public Collection<SelfDestruct> all() { return Collections.unmodifiableCollection(byShip.values()); }

    public void hashInto(StateHash h) {
        h.add(byShip.size());
        for (SelfDestruct sd : byShip.values()) sd.hashInto(h);
    }
}
