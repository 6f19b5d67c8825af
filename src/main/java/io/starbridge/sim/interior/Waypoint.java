package io.starbridge.sim.interior;

import io.starbridge.sim.StateHash;

/**
 * One leg's end of a member's path: a point in deck metres of a ship, the room the member is in on
 * reaching it, the door passed there ({@code door}, -1 if none) and whether the leg is the crossing
 * between two ships' airlocks.
 */
public record Waypoint(int shipId, double x, double y, int room, int door, boolean crossing) implements java.io.Serializable {
    void hashInto(StateHash h) {
        h.add(shipId).add(x).add(y).add(room).add(door).add(crossing);
    }
}
