package io.starbridge.sim.interior;

import java.util.ArrayList;
import java.util.List;

/**
 * A hull class's deck plan as data: rooms (rectangles in deck metres) and the doors between
 * adjacent ones. Checked on construction: ids unique, every door on the shared wall of its two
 * rooms, exactly one bridge and one airlock, and every room reachable from the airlock.
 */
public final class DeckPlan implements java.io.Serializable {
    private final String hullId;
    private final List<Room> rooms;
    private final List<DoorSpec> doors;
    /** Door indexes per room, ascending. */
    private final int[][] doorsOfRoom;
    private final int bridge, airlock;

    public DeckPlan(String hullId, List<Room> rooms, List<DoorSpec> doors) {
        this.hullId = hullId;
        this.rooms = List.copyOf(rooms);
        this.doors = List.copyOf(doors);
        int b = -1, a = -1;
        for (int i = 0; i < rooms.size(); i++) {
            for (int j = 0; j < i; j++)
                if (rooms.get(j).id().equals(rooms.get(i).id())) throw new IllegalArgumentException("two rooms " + rooms.get(i).id());
            if (rooms.get(i).kind() == RoomKind.BRIDGE) { if (b >= 0) throw new IllegalArgumentException("two bridges"); b = i; }
            if (rooms.get(i).kind() == RoomKind.AIRLOCK) { if (a >= 0) throw new IllegalArgumentException("two airlocks"); a = i; }
        }
        if (b < 0 || a < 0) throw new IllegalArgumentException(hullId + ": a deck plan needs a bridge and an airlock");
        this.bridge = b;
        this.airlock = a;
        List<List<Integer>> byRoom = new ArrayList<>();
        for (int i = 0; i < rooms.size(); i++) byRoom.add(new ArrayList<>());
        for (int d = 0; d < doors.size(); d++) {
            DoorSpec door = doors.get(d);
            for (int e = 0; e < d; e++)
                if (doors.get(e).id().equals(door.id())) throw new IllegalArgumentException("two doors " + door.id());
            Room ra = rooms.get(door.roomA()), rb = rooms.get(door.roomB());
            if (!onWall(ra, door.x(), door.y()) || !onWall(rb, door.x(), door.y()))
                throw new IllegalArgumentException("door " + door.id() + " is not on the wall between " + ra.id() + " and " + rb.id());
            byRoom.get(door.roomA()).add(d);
            byRoom.get(door.roomB()).add(d);
        }
        this.doorsOfRoom = new int[rooms.size()][];
        for (int i = 0; i < rooms.size(); i++) doorsOfRoom[i] = byRoom.get(i).stream().mapToInt(Integer::intValue).toArray();
        checkConnected();
    }

    private static boolean onWall(Room r, double x, double y) {
        boolean onVertical = (x == r.minX() || x == r.maxX()) && y > r.minY() && y < r.maxY();
        boolean onHorizontal = (y == r.minY() || y == r.maxY()) && x > r.minX() && x < r.maxX();
        return onVertical || onHorizontal;
    }

    private void checkConnected() {
        boolean[] seen = new boolean[rooms.size()];
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>(List.of(airlock));
        seen[airlock] = true;
        while (!open.isEmpty()) {
            int r = open.poll();
            for (int d : doorsOfRoom[r]) {
                int o = doors.get(d).otherSide(r);
                if (!seen[o]) { seen[o] = true; open.add(o); }
            }
        }
        for (int i = 0; i < seen.length; i++)
            if (!seen[i]) throw new IllegalArgumentException(hullId + ": room " + rooms.get(i).id() + " has no way to the airlock");
    }

    public String hullId() { return hullId; }
    public List<Room> rooms() { return rooms; }
    public List<DoorSpec> doors() { return doors; }
    public Room room(int index) { return rooms.get(index); }
    public DoorSpec door(int index) { return doors.get(index); }
    /** Indexes of the doors of a room, ascending. */
    public int[] doorsOf(int room) { return doorsOfRoom[room]; }
    public int bridge() { return bridge; }
    public int airlock() { return airlock; }

    /** Index of the room with this id, or -1. */
    public int roomIndex(String id) {
        for (int i = 0; i < rooms.size(); i++) if (rooms.get(i).id().equals(id)) return i;
        return -1;
    }

    /** Index of the door with this id, or -1. */
    public int doorIndex(String id) {
        for (int i = 0; i < doors.size(); i++) if (doors.get(i).id().equals(id)) return i;
        return -1;
    }

    /** The lowest-index room containing the point, or -1 when it is outside every room. */
    public int roomAt(double x, double y) {
        for (int i = 0; i < rooms.size(); i++) if (rooms.get(i).contains(x, y)) return i;
        return -1;
    }

    /** The room housing a subsystem, or -1. */
    public int roomOfSubsystem(String subsystemId) {
        for (int i = 0; i < rooms.size(); i++) if (rooms.get(i).subsystemIds().contains(subsystemId)) return i;
        return -1;
    }
}
