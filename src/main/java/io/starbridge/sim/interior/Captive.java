package io.starbridge.sim.interior;

import io.starbridge.sim.StateHash;

/**
 * A person held aboard a ship: unknown until a search of their room finds them, then carried by a
 * member (following them everywhere) until aboard the member's own ship, where they are rescued.
 */
public final class Captive {
    private final int id;
    int shipId;
    int room;
    double x, y;
    boolean found;
    int carriedBy = -1;
    boolean rescued;
    boolean alive = true;

    Captive(int id, int shipId, int room, double x, double y) {
        this.id = id;
        this.shipId = shipId;
        this.room = room;
        this.x = x;
        this.y = y;
    }

    public int id() { return id; }
    public int shipId() { return shipId; }
    public int room() { return room; }
    public double x() { return x; }
    public double y() { return y; }
    public boolean found() { return found; }
    /** The member carrying this captive, or -1. */
    public int carriedBy() { return carriedBy; }
    public boolean rescued() { return rescued; }
    public boolean alive() { return alive; }

    void hashInto(StateHash h) {
        h.add(id).add(shipId).add(room).add(x).add(y).add(found).add(carriedBy).add(rescued).add(alive);
    }
}
