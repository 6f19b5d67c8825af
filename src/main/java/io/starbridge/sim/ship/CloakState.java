package io.starbridge.sim.ship;

import io.starbridge.sim.StateHash;

/**
 * The cloak. Rule: an engage order applied at the start of tick t makes the ship cloaked for
 * every system of tick t (the cloak runs before sensors). Firing any weapon while cloaked drops
 * the cloak in that tick (the shot reveals the ship) and it cannot re-engage for
 * {@link #REVEAL_LOCKOUT_SECONDS}.
 */
public final class CloakState implements java.io.Serializable {
    /** Seconds after firing before the cloak can engage again. */
    public static final double REVEAL_LOCKOUT_SECONDS = 5.0;

    /** Engineering's order. */
    public boolean ordered;
    /** Whether the ship is cloaked this tick. */
    public boolean engaged;
    /** Ticks until the cloak may engage again after firing revealed the ship. */
    public int lockoutTicks;

    void hashInto(StateHash h) { h.add(ordered).add(engaged).add(lockoutTicks); }
}
