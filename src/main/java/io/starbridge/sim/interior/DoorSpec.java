package io.starbridge.sim.interior;

/**
 * A door of a deck plan: a point (deck metres) on the shared wall of two adjacent rooms, given by
 * their indexes in the plan, and the state it starts in unless the scenario says otherwise.
 */
public record DoorSpec(String id, int roomA, int roomB, double x, double y, DoorState initial) implements java.io.Serializable {
    /** The room on the other side from {@code room}, or -1 if the door is not in it. */
    public int otherSide(int room) {
        if (room == roomA) return roomB;
        if (room == roomB) return roomA;
        return -1;
    }
}
