package io.starbridge.sim.interior;

import io.starbridge.sim.Systems;
import io.starbridge.sim.World;
import io.starbridge.sim.command.Dock;
import io.starbridge.sim.command.Undock;
import io.starbridge.sim.event.Docked;
import io.starbridge.sim.event.Undocked;
import io.starbridge.sim.ship.Ship;

/**
 * Helm's docking orders. Docking needs both ships fitted with interiors (airlocks), the hulls within
 * {@link #DOCK_RANGE} and at most {@link #DOCK_SPEED} relative speed; undocking with members still
 * aboard the host needs {@code leaveBehind}.
 */
public final class DockingCommands {
    /** Metres between the hulls within which the clamps reach. */
    public static final double DOCK_RANGE = 150;
    /** Relative speed, m/s, at most which a ship may dock. */
    public static final double DOCK_SPEED = 5;

    private DockingCommands() {}

    public static void register(Systems.Registry registry) {
        registry.put(Dock.class, DockingCommands::dock);
        registry.put(Undock.class, DockingCommands::undock);
    }

    private static String dock(World world, Ship ship, Dock c) {
        Interiors interiors = world.interiors();
        Ship host = world.ship(c.targetShipId());
        if (host == null) return "there is no ship " + c.targetShipId();
        if (host == ship) return "a ship cannot dock with itself";
        if (!ship.present() || !host.present()) return "both ships must be in normal space";
        if (interiors.dockedTo(ship.id()) >= 0) return "already docked with ship " + interiors.dockedTo(ship.id());
        if (interiors.dockedTo(host.id()) == ship.id()) return host.name() + " is docked with this ship";
        if (interiors.interior(ship.id()) == null) return ship.name() + " has no airlock";
        if (interiors.interior(host.id()) == null) return host.name() + " has no airlock to dock with";
        double gap = Interiors.hullGap(ship, host);
        if (gap > DOCK_RANGE)
            return String.format("too far to dock: %.0f m from the hull of %s (at most %.0f m)", gap, host.name(), DOCK_RANGE);
        double dvx = ship.motion.vx - host.motion.vx, dvy = ship.motion.vy - host.motion.vy;
        double relative = StrictMath.sqrt(dvx * dvx + dvy * dvy);
        if (relative > DOCK_SPEED)
            return String.format("too fast to dock: %.1f m/s relative to %s (at most %.0f m/s)", relative, host.name(), DOCK_SPEED);
        double dx = ship.motion.x - host.motion.x, dy = ship.motion.y - host.motion.y;
        double cos = StrictMath.cos(-host.motion.heading), sin = StrictMath.sin(-host.motion.heading);
        interiors.clamps.put(ship.id(), new DockingClamp(host.id(), dx * cos - dy * sin, dx * sin + dy * cos,
                ship.motion.heading - host.motion.heading));
        ship.helm.throttle = 0;
        ship.helm.strafe = 0;
        world.emit(new Docked(world.tick(), ship.id(), host.id()));
        return null;
    }

    private static String undock(World world, Ship ship, Undock c) {
        Interiors interiors = world.interiors();
        int hostId = interiors.dockedTo(ship.id());
        if (hostId < 0) return ship.name() + " is not docked";
        int away = membersAway(interiors, ship.id());
        if (away > 0 && !c.leaveBehind())
            return away + " of the away team are still off the ship: undock with leaveBehind to leave them there";
        interiors.clamps.remove(ship.id());
        world.emit(new Undocked(world.tick(), ship.id(), hostId, away));
        return null;
    }

    /** Living members of a ship's team who are not aboard it (crossing counts as away). */
    static int membersAway(Interiors interiors, int teamShipId) {
        int n = 0;
        for (AwayMember m : interiors.team(teamShipId)) if (m.alive() && (m.shipId() != teamShipId || m.inTransit())) n++;
        return n;
    }
}
