package io.starbridge.sim.interior;

import io.starbridge.sim.World;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a member's walk to a point of a ship's deck through open doors, across the airlocks when
 * the point is on another ship (docked, or within boarding range).
 */
public final class Routes {
    /** A planned path, or the reason there is none. */
    public record Plan(List<Waypoint> path, String reason) {
        static Plan no(String reason) { return new Plan(null, reason); }
    }

    private Routes() {}

    /** The way for a member to (x, y) in room {@code room} of ship {@code shipId}, through open doors only. */
    public static Plan plan(World world, AwayMember m, int shipId, int room, double x, double y) {
        Interiors interiors = world.interiors();
        if (m.inTransit()) return Plan.no(m.name() + " is crossing between ships");
        ShipInterior here = interiors.interior(m.shipId());
        ShipInterior there = interiors.interior(shipId);
        if (there == null) return Plan.no("ship " + shipId + " has no deck plan");
        if (m.shipId() == shipId) return within(here, m.room(), m.x(), m.y(), room, x, y);
        if (!interiors.linked(world, m.shipId(), shipId))
            return Plan.no("the ships are neither docked nor within " + (int) Interiors.BOARDING_RANGE + " m for boarding");
        Room lockHere = here.plan().room(here.plan().airlock()), lockThere = there.plan().room(there.plan().airlock());
        Plan out = within(here, m.room(), m.x(), m.y(), here.plan().airlock(), lockHere.centreX(), lockHere.centreY());
        if (out.path() == null) return out;
        Plan in = within(there, there.plan().airlock(), lockThere.centreX(), lockThere.centreY(), room, x, y);
        if (in.path() == null) return in;
        List<Waypoint> path = new ArrayList<>(out.path());
        path.add(new Waypoint(shipId, lockThere.centreX(), lockThere.centreY(), there.plan().airlock(), -1, true));
        path.addAll(in.path());
        return new Plan(path, null);
    }

    private static Plan within(ShipInterior interior, int fromRoom, double fx, double fy, int toRoom, double tx, double ty) {
        DeckPlan plan = interior.plan();
        List<Waypoint> path = PathFinder.route(plan, interior.openDoors(), interior.shipId(), fromRoom, fx, fy, toRoom, tx, ty);
        if (path != null) return new Plan(path, null);
        // name the first shut door on the way that would exist if every door were open
        List<Waypoint> anyway = PathFinder.route(plan, null, interior.shipId(), fromRoom, fx, fy, toRoom, tx, ty);
        if (anyway != null)
            for (Waypoint w : anyway)
                if (w.door() >= 0 && interior.door(w.door()) != DoorState.OPEN)
                    return Plan.no("no open way to " + plan.room(toRoom).id() + ": door " + plan.door(w.door()).id()
                            + " is " + interior.door(w.door()).name().toLowerCase());
        return Plan.no("no way to " + plan.room(toRoom).id());
    }
}
