package io.starbridge.sim.interior;

import io.starbridge.sim.StateHash;

/**
 * The live interior of one ship: its deck plan, each door's state, which rooms have been searched,
 * hazards (vacuum after a breach: suits drain faster) and the bodies of the enemy crew per room.
 * Lighting and damage are not stored: they follow the ship's power and subsystems (see {@link Lighting}).
 */
public final class ShipInterior implements java.io.Serializable {
    private final int shipId;
    private final DeckPlan plan;
    final DoorState[] doors;
    final boolean[] searched;
    final boolean[] vacuum;
    final int[] bodies;
    final boolean[] bodiesFound;

    ShipInterior(int shipId, DeckPlan plan) {
        this.shipId = shipId;
        this.plan = plan;
        this.doors = new DoorState[plan.doors().size()];
        for (int i = 0; i < doors.length; i++) doors[i] = plan.door(i).initial();
        int n = plan.rooms().size();
        this.searched = new boolean[n];
        this.vacuum = new boolean[n];
        this.bodies = new int[n];
        this.bodiesFound = new boolean[n];
    }

    public int shipId() { return shipId; }
    public DeckPlan plan() { return plan; }
    public DoorState door(int index) { return doors[index]; }
    public DoorState door(String id) { return doors[requireDoor(id)]; }
    public boolean searched(int room) { return searched[room]; }
    public boolean vacuum(int room) { return vacuum[room]; }
    public int bodies(int room) { return bodies[room]; }
    public boolean bodiesFound(int room) { return bodiesFound[room]; }

    /** Scenario setup: a door's state. */
    public ShipInterior setDoor(String doorId, DoorState state) {
        doors[requireDoor(doorId)] = state;
        return this;
    }

    /** Scenario setup: a breached room in vacuum. */
    public ShipInterior setVacuum(String roomId, boolean inVacuum) {
        vacuum[requireRoom(roomId)] = inVacuum;
        return this;
    }

    /** Scenario setup: bodies of the crew lying in a room. */
    public ShipInterior addBodies(String roomId, int count) {
        bodies[requireRoom(roomId)] += count;
        return this;
    }

    int requireRoom(String id) {
        int r = plan.roomIndex(id);
        if (r < 0) throw new IllegalArgumentException("no room " + id + " on " + plan.hullId());
        return r;
    }

    private int requireDoor(String id) {
        int d = plan.doorIndex(id);
        if (d < 0) throw new IllegalArgumentException("no door " + id + " on " + plan.hullId());
        return d;
    }

    /** State for the path finder: true where a door lets people through now. */
    boolean[] openDoors() {
        boolean[] open = new boolean[doors.length];
        for (int i = 0; i < doors.length; i++) open[i] = doors[i] == DoorState.OPEN;
        return open;
    }

    void hashInto(StateHash h) {
        h.add(shipId).add(plan.hullId());
        for (DoorState d : doors) h.add(d.ordinal());
        for (int i = 0; i < searched.length; i++)
            h.add(searched[i]).add(vacuum[i]).add(bodies[i]).add(bodiesFound[i]);
    }
}
