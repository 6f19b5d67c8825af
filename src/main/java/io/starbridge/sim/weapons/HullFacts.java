package io.starbridge.sim.weapons;

import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.Ship;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A pure cache of something derived from a ship's hull (hull classes are immutable), by ship id: the
 * hull last looked at and what was derived from it. A system holds one; a fresh one (after a restore)
 * derives the same values again.
 */
final class HullFacts<T> {
    private final Function<HullClass, T> derive;
    private HullClass[] hullOf = new HullClass[0];
    private Object[] factOf = new Object[0];

    HullFacts(Function<HullClass, T> derive) { this.derive = derive; }

    @SuppressWarnings("unchecked")
    T of(Ship ship) {
        int id = ship.id();
        if (id >= hullOf.length) {
            int n = StrictMath.max(id + 1, hullOf.length * 2);
            hullOf = Arrays.copyOf(hullOf, n);
            factOf = Arrays.copyOf(factOf, n);
        }
        HullClass hull = ship.hull();
        if (hullOf[id] != hull) {
            factOf[id] = derive.apply(hull);
            hullOf[id] = hull;
        }
        return (T) factOf[id];
    }
}
