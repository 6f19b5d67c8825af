package io.starbridge.sim.interior;

import io.starbridge.sim.Systems;
import io.starbridge.sim.World;
import io.starbridge.sim.command.CarryCaptive;
import io.starbridge.sim.command.ForceDoor;
import io.starbridge.sim.command.MemberList;
import io.starbridge.sim.command.MoveTo;
import io.starbridge.sim.command.OpenDoor;
import io.starbridge.sim.command.Regroup;
import io.starbridge.sim.command.ReturnToAirlock;
import io.starbridge.sim.command.SearchRoom;
import io.starbridge.sim.command.SetTorch;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates and applies the away team's orders. A ship's team takes orders only from its own
 * stations; dead members and scenario characters take none. An order given to several members is
 * planned for all of them first and applied only if every one can follow it.
 */
public final class InteriorCommands {
    private InteriorCommands() {}

    public static void register(Systems.Registry registry) {
        registry.put(MoveTo.class, (w, s, c) -> {
            ShipInterior target = w.interiors().interior(c.targetShipId());
            if (target == null) return "ship " + c.targetShipId() + " has no deck plan";
            int room = target.plan().roomAt(c.x(), c.y());
            if (room < 0) return String.format("(%.1f, %.1f) is outside every room of ship %d", c.x(), c.y(), c.targetShipId());
            return walk(w, s, MemberList.parse(c.memberIds()), c.targetShipId(), room, c.x(), c.y());
        });
        registry.put(ReturnToAirlock.class, (w, s, c) -> {
            ShipInterior home = w.interiors().interior(s.id());
            if (home == null) return s.name() + " has no deck plan";
            Room lock = home.plan().room(home.plan().airlock());
            return walk(w, s, MemberList.parse(c.memberIds()), s.id(), home.plan().airlock(), lock.centreX(), lock.centreY());
        });
        registry.put(Regroup.class, InteriorCommands::regroup);
        registry.put(OpenDoor.class, (w, s, c) -> door(w, s, c.memberId(), c.doorId(), false));
        registry.put(ForceDoor.class, (w, s, c) -> door(w, s, c.memberId(), c.doorId(), true));
        registry.put(SearchRoom.class, InteriorCommands::search);
        registry.put(CarryCaptive.class, InteriorCommands::carry);
        registry.put(SetTorch.class, (w, s, c) -> {
            AwayMember m = w.interiors().member(c.memberId());
            String r = checkMember(s, c.memberId(), m);
            if (r != null) return r;
            m.torch = c.on();
            return null;
        });
    }

    /** Null if the member exists, is alive and belongs to this ship's team; else the reason. */
    static String checkMember(Ship ship, int id, AwayMember m) {
        if (m == null || m.character()) return "there is no away-team member " + id;
        if (m.teamShipId() != ship.id()) return "member " + id + " is not of the team of " + ship.name();
        if (!m.alive()) return m.name() + " is dead";
        return null;
    }

    private static String walk(World world, Ship ship, int[] ids, int shipId, int room, double x, double y) {
        List<AwayMember> who = new ArrayList<>();
        List<List<Waypoint>> paths = new ArrayList<>();
        for (int id : ids) {
            AwayMember m = world.interiors().member(id);
            String r = checkMember(ship, id, m);
            if (r != null) return r;
            if (who.contains(m)) return "member " + id + " is named twice";
            Routes.Plan plan = Routes.plan(world, m, shipId, room, x, y);
            if (plan.path() == null) return m.name() + ": " + plan.reason();
            who.add(m);
            paths.add(plan.path());
        }
        for (int i = 0; i < who.size(); i++) start(who.get(i), paths.get(i));
        return null;
    }

    private static void start(AwayMember m, List<Waypoint> path) {
        m.clearAction();
        m.path.clear();
        m.path.addAll(path);
    }

    private static String regroup(World world, Ship ship, Regroup c) {
        AwayMember leader = null;
        for (AwayMember m : world.interiors().team(ship.id())) if (m.alive()) { leader = m; break; }
        if (leader == null) return ship.name() + " has no living away-team member";
        if (leader.inTransit()) return leader.name() + " (leading) is crossing between ships";
        List<AwayMember> who = new ArrayList<>();
        List<List<Waypoint>> paths = new ArrayList<>();
        String firstReason = null;
        for (AwayMember m : world.interiors().team(ship.id())) {
            if (m == leader || !m.alive()) continue;
            Routes.Plan plan = Routes.plan(world, m, leader.shipId(), leader.room(), leader.x(), leader.y());
            if (plan.path() == null) { if (firstReason == null) firstReason = m.name() + ": " + plan.reason(); continue; }
            who.add(m);
            paths.add(plan.path());
        }
        if (who.isEmpty() && firstReason != null) return firstReason;
        for (int i = 0; i < who.size(); i++) start(who.get(i), paths.get(i));
        return null;
    }

    private static String door(World world, Ship ship, int memberId, String doorId, boolean force) {
        AwayMember m = world.interiors().member(memberId);
        String r = checkMember(ship, memberId, m);
        if (r != null) return r;
        if (m.inTransit()) return m.name() + " is crossing between ships";
        ShipInterior interior = world.interiors().interior(m.shipId());
        int d = interior.plan().doorIndex(doorId);
        if (d < 0) return "there is no door " + doorId + " where " + m.name() + " is";
        if (interior.plan().door(d).otherSide(m.room()) < 0) return m.name() + " is not at door " + doorId;
        DoorState state = interior.door(d);
        if (state == DoorState.OPEN) return "door " + doorId + " is already open";
        if (!force && state != DoorState.CLOSED) return "door " + doorId + " is " + state.name().toLowerCase() + ": force it";
        m.startAction(force ? MemberAction.FORCE_DOOR : MemberAction.OPEN_DOOR, d, DoorRules.secondsToOpen(state));
        return null;
    }

    private static String search(World world, Ship ship, SearchRoom c) {
        AwayMember m = world.interiors().member(c.memberId());
        String r = checkMember(ship, c.memberId(), m);
        if (r != null) return r;
        if (m.inTransit()) return m.name() + " is crossing between ships";
        m.startAction(MemberAction.SEARCH, m.room(), DoorRules.SEARCH_SECONDS);
        return null;
    }

    private static String carry(World world, Ship ship, CarryCaptive c) {
        AwayMember m = world.interiors().member(c.memberId());
        String r = checkMember(ship, c.memberId(), m);
        if (r != null) return r;
        if (c.captiveId() < 0) {
            if (m.carrying < 0) return m.name() + " carries nobody";
            world.interiors().captive(m.carrying).carriedBy = -1;
            m.carrying = -1;
            return null;
        }
        Captive captive = world.interiors().captive(c.captiveId());
        if (captive == null || !captive.found()) return "no captive " + c.captiveId() + " has been found";
        if (!captive.alive() || captive.rescued()) return "captive " + c.captiveId() + " needs no carrying";
        if (m.carrying >= 0) return m.name() + " already carries captive " + m.carrying;
        if (captive.carriedBy() >= 0) return "captive " + c.captiveId() + " is already carried";
        if (m.inTransit() || captive.shipId() != m.shipId() || captive.room() != m.room())
            return m.name() + " is not in the room of captive " + c.captiveId();
        captive.carriedBy = m.id();
        m.carrying = captive.id();
        return null;
    }
}
