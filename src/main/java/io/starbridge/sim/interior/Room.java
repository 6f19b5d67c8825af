package io.starbridge.sim.interior;

import java.util.List;

/**
 * One room of a deck plan: an axis-aligned rectangle in deck metres (x along the ship, bow +x;
 * y to port), with the ids of the hull's subsystems housed in it (a destroyed one damages the room).
 */
public record Room(String id, String name, RoomKind kind, double minX, double minY, double maxX, double maxY,
                   List<String> subsystemIds) implements java.io.Serializable {
    public Room {
        subsystemIds = List.copyOf(subsystemIds);
        if (!(minX < maxX && minY < maxY)) throw new IllegalArgumentException("room " + id + " has no area");
    }

    public double centreX() { return (minX + maxX) / 2; }
    public double centreY() { return (minY + maxY) / 2; }

    /** True if the point lies inside or on the edge. */
    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
}
