package io.starbridge.sim.interior;

import static io.starbridge.sim.interior.RoomKind.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in deck plans, one per hull class that can be boarded. Deck metres: x along the ship
 * (bow +x), y to port; both plans run a corridor along the keel with rooms on either side, the
 * bridge at the bow and the engine rooms at the stern, matching where HullCatalog puts the
 * subsystems on the hull. Doors start closed unless a scenario sets them otherwise.
 */
public final class DeckPlans {
    /** Vigil's class: 60 × 16 m. */
    public static final DeckPlan CORVETTE = corvette();
    /** The alien mothership: 240 × 80 m of decks behind its 2 km hull. */
    public static final DeckPlan MOTHERSHIP = mothership();

    private DeckPlans() {}

    /** The deck plan of a hull class, or null if it has none. */
    public static DeckPlan forHull(String hullId) {
        if (hullId.equals(CORVETTE.hullId())) return CORVETTE;
        if (hullId.equals(MOTHERSHIP.hullId())) return MOTHERSHIP;
        return null;
    }

    private static DeckPlan corvette() {
        Builder b = new Builder("corvette");
        b.room("corridor", "Corridor", CORRIDOR, -24, -2, 24, 2);
        b.room("drive", "Drive room", ENGINEERING, -30, -8, -24, 8, "drive", "thrusters");
        b.room("bridge", "Bridge", BRIDGE, 24, -8, 30, 8);
        b.room("reactor", "Reactor", ENGINEERING, -24, -8, -12, -2, "reactor");
        b.room("shields", "Shield and cloak room", UTILITY, -12, -8, 0, -2, "shields", "cloak");
        b.room("weapons", "Weapons control", WEAPONS, 0, -8, 12, -2, "weapons");
        b.room("sensors", "Sensor room", SENSORS, 12, -8, 24, -2, "sensors");
        b.room("jump", "Hyperspace drive", ENGINEERING, -24, 2, -12, 8, "jump");
        b.room("life", "Life support", UTILITY, -12, 2, 0, 8, "life");
        b.room("airlock", "Airlock", AIRLOCK, 0, 2, 12, 8);
        b.room("quarters", "Crew quarters", QUARTERS, 12, 2, 24, 8);
        b.door("drive", "corridor", -24, 0);
        b.door("corridor", "bridge", 24, 0);
        for (String side : List.of("reactor", "shields", "weapons", "sensors")) b.door(side, "corridor", b.centreX(side), -2);
        for (String side : List.of("jump", "life", "airlock", "quarters")) b.door(side, "corridor", b.centreX(side), 2);
        return b.build();
    }

    private static DeckPlan mothership() {
        Builder b = new Builder("mothership");
        b.room("corridor-aft", "Aft corridor", CORRIDOR, -120, -6, -40, 6);
        b.room("corridor-mid", "Midships corridor", CORRIDOR, -40, -6, 40, 6);
        b.room("corridor-fore", "Forward corridor", CORRIDOR, 40, -6, 100, 6);
        b.room("bridge", "Bridge", BRIDGE, 100, -20, 120, 20);
        b.room("drive-room", "Main drive", ENGINEERING, -120, -40, -80, -6, "main-drive");
        b.room("hangar", "Hangar", HOLD, -80, -40, -40, -6, "hangar");
        b.room("shield-room", "Shield emitters", UTILITY, -40, -40, 0, -6, "shield-emitters");
        b.room("weapons-control", "Weapons control", WEAPONS, 0, -40, 40, -6, "weapons-control");
        b.room("cells", "Holding cells", CELLS, 40, -40, 70, -6);
        b.room("sensor-room", "Sensor array", SENSORS, 70, -40, 100, -6, "sensor-array");
        b.room("jump-room", "Hyperspace drive", ENGINEERING, -120, 6, -80, 40, "jump-drive");
        b.room("reactor-room", "Reactor", ENGINEERING, -80, 6, -40, 40, "reactor");
        b.room("life-support", "Life support", UTILITY, -40, 6, 0, 40, "life-support");
        b.room("airlock", "Airlock", AIRLOCK, 0, 6, 20, 40);
        b.room("hold", "Cargo hold", HOLD, 20, 6, 40, 40);
        b.room("point-defence", "Point defence", WEAPONS, 40, 6, 70, 40, "point-defence");
        b.room("quarters", "Crew quarters", QUARTERS, 70, 6, 100, 40);
        b.door("corridor-aft", "corridor-mid", -40, 0);
        b.door("corridor-mid", "corridor-fore", 40, 0);
        b.door("corridor-fore", "bridge", 100, 0);
        for (String side : List.of("drive-room", "hangar", "shield-room", "weapons-control", "cells", "sensor-room"))
            b.door(side, b.corridorAt(b.centreX(side)), b.centreX(side), -6);
        for (String side : List.of("jump-room", "reactor-room", "life-support", "airlock", "hold", "point-defence", "quarters"))
            b.door(side, b.corridorAt(b.centreX(side)), b.centreX(side), 6);
        return b.build();
    }

    /** Collects rooms and doors by id; a door's id is "roomA/roomB". */
    private static final class Builder {
        private final String hullId;
        private final List<Room> rooms = new ArrayList<>();
        private final List<DoorSpec> doors = new ArrayList<>();

        Builder(String hullId) { this.hullId = hullId; }

        void room(String id, String name, RoomKind kind, double minX, double minY, double maxX, double maxY, String... subsystems) {
            rooms.add(new Room(id, name, kind, minX, minY, maxX, maxY, List.of(subsystems)));
        }

        void door(String a, String b, double x, double y) {
            doors.add(new DoorSpec(a + "/" + b, index(a), index(b), x, y, DoorState.CLOSED));
        }

        double centreX(String room) { return rooms.get(index(room)).centreX(); }

        /** The keel corridor segment spanning this x. */
        String corridorAt(double x) {
            for (Room r : rooms) if (r.kind() == CORRIDOR && x > r.minX() && x < r.maxX()) return r.id();
            throw new IllegalArgumentException("no corridor at x " + x);
        }

        private int index(String id) {
            for (int i = 0; i < rooms.size(); i++) if (rooms.get(i).id().equals(id)) return i;
            throw new IllegalArgumentException("no room " + id);
        }

        DeckPlan build() { return new DeckPlan(hullId, rooms, doors); }
    }
}
