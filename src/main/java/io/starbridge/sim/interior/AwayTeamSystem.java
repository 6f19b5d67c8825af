package io.starbridge.sim.interior;

import io.starbridge.sim.SimSystem;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.event.BodyFound;
import io.starbridge.sim.event.CaptiveFound;
import io.starbridge.sim.event.CaptiveLost;
import io.starbridge.sim.event.CaptiveRescued;
import io.starbridge.sim.event.DoorOpened;
import io.starbridge.sim.event.MemberLost;
import io.starbridge.sim.event.MemberMoved;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.SubsystemKind;

/**
 * People in suits, in ascending id order: anyone aboard a ship destroyed this tick is lost; the
 * others finish what their hands are busy with (doors, searches), or walk their path at
 * {@link AwayMember#WALK_SPEED} (stopping at a door that is not open), cross between linked ships,
 * carry their captive along, remember the rooms they see, and breathe: suit air drains off their own
 * ship (or on it without life support), {@link #VACUUM_DRAIN_FACTOR} times faster in vacuum, and
 * refills aboard their own ship; with no air left health falls until the member dies.
 */
public final class AwayTeamSystem implements SimSystem {
    /** How much faster a suit drains in a breached room. */
    public static final double VACUUM_DRAIN_FACTOR = 4;
    /** Suit air regained per second aboard the own ship with working life support. */
    public static final double REFILL_PER_SECOND = 20;

    @Override public void run(World world) {
        Interiors interiors = world.interiors();
        if (interiors.isEmpty()) return;
        for (AwayMember m : interiors.members()) {
            if (!m.alive()) continue;
            Ship aboard = world.ship(m.shipId());
            if (aboard.destroyed()) {
                lose(world, m, "blast");
                continue;
            }
            ShipInterior interior = interiors.interior(m.shipId());
            if (m.busy()) work(world, m, interior);
            else move(world, m);
            carryAlong(world, m);
            see(world, m);
            breathe(world, m);
        }
        for (Captive c : interiors.captives()) {
            if (c.alive && !c.rescued && world.ship(c.shipId).destroyed()) {
                c.alive = false;
                c.carriedBy = -1;
                world.emit(new CaptiveLost(world.tick(), c.id(), c.shipId));
            }
        }
    }

    private static void work(World world, AwayMember m, ShipInterior interior) {
        if (--m.actionTicksLeft > 0) return;
        switch (m.action) {
            case OPEN_DOOR, FORCE_DOOR -> {
                interior.doors[m.actionTarget] = DoorState.OPEN;
                world.emit(new DoorOpened(world.tick(), m.shipId(), interior.plan().door(m.actionTarget).id(), m.id(),
                        m.action == MemberAction.FORCE_DOOR));
            }
            case SEARCH -> searchRoom(world, m, interior, m.actionTarget);
            case NONE -> { }
        }
        m.clearAction();
    }

    private static void searchRoom(World world, AwayMember m, ShipInterior interior, int room) {
        interior.searched[room] = true;
        String roomId = interior.plan().room(room).id();
        for (Captive c : world.interiors().captives()) {
            if (c.alive && !c.found && c.shipId == m.shipId() && c.room == room) {
                c.found = true;
                world.emit(new CaptiveFound(world.tick(), m.shipId(), c.id(), roomId, m.id()));
            }
        }
        if (interior.bodies[room] > 0 && !interior.bodiesFound[room]) {
            interior.bodiesFound[room] = true;
            world.emit(new BodyFound(world.tick(), m.shipId(), roomId, interior.bodies[room], m.id()));
        }
    }

    private static void move(World world, AwayMember m) {
        Interiors interiors = world.interiors();
        if (m.transitTicksLeft > 0) {
            if (--m.transitTicksLeft > 0) return;
            Waypoint w = m.path.remove(0);
            m.shipId = w.shipId();
            arrive(world, m, w);
            return;
        }
        double left = AwayMember.WALK_SPEED * Tick.DT;
        while (left > 0 && !m.path.isEmpty()) {
            Waypoint w = m.path.get(0);
            if (w.crossing()) {
                if (interiors.linked(world, m.shipId(), w.shipId()))
                    m.transitTicksLeft = Tick.ofSeconds(interiors.crossingSeconds(world, m.shipId(), w.shipId()));
                else m.path.clear();
                return;
            }
            double d = PathFinder.distance(m.x, m.y, w.x(), w.y());
            if (d > left) {
                m.x += (w.x() - m.x) / d * left;
                m.y += (w.y() - m.y) / d * left;
                return;
            }
            if (w.door() >= 0 && interiors.interior(m.shipId()).door(w.door()) != DoorState.OPEN) {
                // the door shut in front of them: wait at it for new orders
                m.x = w.x();
                m.y = w.y();
                m.path.clear();
                return;
            }
            left -= d;
            m.path.remove(0);
            arrive(world, m, w);
        }
    }

    private static void arrive(World world, AwayMember m, Waypoint w) {
        m.x = w.x();
        m.y = w.y();
        if (w.room() != m.room || w.crossing()) {
            m.room = w.room();
            String roomId = world.interiors().interior(m.shipId()).plan().room(m.room).id();
            world.emit(new MemberMoved(world.tick(), m.teamShipId(), m.id(), m.shipId(), roomId));
        }
    }

    private static void carryAlong(World world, AwayMember m) {
        if (m.carrying < 0) return;
        Captive c = world.interiors().captive(m.carrying);
        c.shipId = m.shipId();
        c.room = m.room;
        c.x = m.x;
        c.y = m.y;
        if (m.shipId() == m.teamShipId() && !m.inTransit()) {
            c.rescued = true;
            c.carriedBy = -1;
            m.carrying = -1;
            world.emit(new CaptiveRescued(world.tick(), c.id(), m.teamShipId()));
        }
    }

    private static void see(World world, AwayMember m) {
        if (m.inTransit() || m.character()) return;
        Ship ship = world.ship(m.shipId());
        ShipInterior interior = world.interiors().interior(m.shipId());
        DeckPlan plan = interior.plan();
        FogMemory fog = world.interiors().fogToUpdate(m.teamShipId());
        if (m.torch || Lighting.lit(ship, plan, m.room)) fog.mark(ship.id(), m.room);
        for (int d : plan.doorsOf(m.room)) {
            int other = plan.door(d).otherSide(m.room);
            if (interior.door(d) == DoorState.OPEN && Lighting.lit(ship, plan, other)) fog.mark(ship.id(), other);
        }
    }

    private static void breathe(World world, AwayMember m) {
        if (m.character()) return;
        Ship ship = world.ship(m.shipId());
        boolean home = m.shipId() == m.teamShipId() && !m.inTransit();
        boolean lifeSupport = home && ship.effect(SubsystemKind.LIFE_SUPPORT) > 0;
        if (lifeSupport) {
            m.air = StrictMath.min(AwayMember.SUIT_AIR_SECONDS, m.air + REFILL_PER_SECOND * Tick.DT);
            return;
        }
        boolean vacuum = !m.inTransit() && world.interiors().interior(m.shipId()).vacuum(m.room);
        m.air = StrictMath.max(0, m.air - (vacuum ? VACUUM_DRAIN_FACTOR : 1) * Tick.DT);
        if (m.air > 0) return;
        m.health = StrictMath.max(0, m.health - AwayMember.SUFFOCATION_PER_SECOND * Tick.DT);
        if (m.health == 0) lose(world, m, "air");
    }

    private static void lose(World world, AwayMember m, String cause) {
        m.health = 0;
        m.path.clear();
        m.clearAction();
        m.transitTicksLeft = 0;
        if (m.carrying >= 0) {
            world.interiors().captive(m.carrying).carriedBy = -1;
            m.carrying = -1;
        }
        world.emit(new MemberLost(world.tick(), m.teamShipId(), m.id(), m.shipId(), cause));
    }
}
