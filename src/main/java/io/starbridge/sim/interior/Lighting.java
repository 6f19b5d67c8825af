package io.starbridge.sim.interior;

import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import io.starbridge.sim.ship.SubsystemKind;

/**
 * Lights follow power: a ship's rooms are lit while its reactor stands and it is not a derelict (or
 * destroyed); a room whose subsystem is destroyed is damaged and dark. In the dark only torches
 * show anything: {@link #TORCH_RADIUS} metres around each member whose torch is on, within the room.
 */
public final class Lighting {
    /** Metres a suit torch lights around its wearer. */
    public static final double TORCH_RADIUS = 8;

    private Lighting() {}

    /** True while the ship has power for its lights. */
    public static boolean powered(Ship ship) {
        if (ship.destroyed() || ship.derelict()) return false;
        Subsystem reactor = ship.subsystemOf(SubsystemKind.REACTOR);
        return reactor != null && !reactor.destroyed();
    }

    /** True if a subsystem housed in the room is destroyed. */
    public static boolean damaged(Ship ship, Room room) {
        for (String id : room.subsystemIds()) {
            Subsystem s = ship.subsystem(id);
            if (s != null && s.destroyed()) return true;
        }
        return false;
    }

    /** The room's own lights are on. */
    public static boolean lit(Ship ship, DeckPlan plan, int room) {
        return powered(ship) && !damaged(ship, plan.room(room));
    }

    /**
     * True if a point of a ship's deck (in a room) can be seen by a team: the room is lit and a
     * member stands in it, or a member with a torch on stands in it within {@link #TORCH_RADIUS}.
     */
    public static boolean visibleTo(Interiors interiors, Ship ship, int teamShipId, int room, double x, double y) {
        ShipInterior interior = interiors.interior(ship.id());
        if (interior == null) return false;
        boolean lit = lit(ship, interior.plan(), room);
        for (AwayMember m : interiors.members()) {
            if (!m.alive() || m.teamShipId() != teamShipId || m.shipId() != ship.id() || m.room() != room || m.inTransit()) continue;
            if (lit) return true;
            if (m.torch() && PathFinder.distance(m.x(), m.y(), x, y) <= TORCH_RADIUS) return true;
        }
        return false;
    }
}
