package io.starbridge.bot;

import io.starbridge.scenario.BotProfile;
import io.starbridge.sim.SimRandom;
import io.starbridge.sim.command.CarryCaptive;
import io.starbridge.sim.command.ConfirmSelfDestruct;
import io.starbridge.sim.command.ForceDoor;
import io.starbridge.sim.command.MemberList;
import io.starbridge.sim.command.MoveTo;
import io.starbridge.sim.command.OpenDoor;
import io.starbridge.sim.command.ReturnToAirlock;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SearchRoom;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.Captive;
import io.starbridge.sim.interior.DeckPlan;
import io.starbridge.sim.interior.DoorSpec;
import io.starbridge.sim.interior.DoorState;
import io.starbridge.sim.interior.Interiors;
import io.starbridge.sim.interior.PathFinder;
import io.starbridge.sim.interior.Room;
import io.starbridge.sim.interior.RoomKind;
import io.starbridge.sim.interior.ShipInterior;
import io.starbridge.sim.interior.Waypoint;
import io.starbridge.sim.selfdestruct.SelfDestruct;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.List;

/**
 * The away team, once the ship is docked with (or within boarding range of) the derelict target:
 * the group walks to the holding cells and then to the bridge, opening closed doors and forcing
 * locked or jammed ones on the way, searching every room it enters; a captive found is picked up by
 * one member who carries them home. On the bridge the leader's hand goes on the self-destruct (the
 * stranger adds the second); once armed, everyone returns to the airlock. A decision waits until the
 * group is idle and the last order had time to take effect.
 */
final class AwayTeamBot extends StationBot {
    /** Ticks to wait after an order before deciding again (it applies next tick; the state then shows it). */
    static final int SETTLE_TICKS = 3;
    /** Ticks after a confirmation without arming before the leader confirms again. */
    static final int RECONFIRM_TICKS = 240;

    private final List<Integer> carriers = new ArrayList<>();
    private int goalIndex;
    private long nextDecision;
    private long confirmedAt = -1;
    private boolean returning;

    AwayTeamBot(int shipId, SimRandom random, BotProfile profile) { super(Role.AWAY_TEAM, shipId, random, profile); }

    @Override void observe(BotView view, List<SimEvent> events) {
        Interiors interiors = view.interiors();
        Ship own = view.own(), target = view.target();
        // the target's interior first: a lookup, where the team is a fresh list (most missions board nothing)
        if (interiors.interior(target.id()) == null || interiors.team(own.id()).isEmpty()) return;
        if (view.tick() < nextDecision || target.destroyed()) return;
        SelfDestruct sd = view.selfDestruct(target.id());
        List<AwayMember> group = group(interiors, own.id());
        if (sd != null && sd.armed()) {
            if (!returning) {
                returning = true;
                List<Integer> all = new ArrayList<>();
                for (AwayMember m : interiors.team(own.id())) if (m.alive() && m.shipId() != own.id()) all.add(m.id());
                if (!all.isEmpty()) order(view, "return", o -> new ReturnToAirlock(o, ids(all)));
            }
            return;
        }
        // the team crosses through the docked airlocks (a spacewalk across boarding range is for humans who choose it)
        if (group.isEmpty() || interiors.dockedTo(own.id()) != target.id()) return;
        for (AwayMember m : group) if (!m.idle()) return;
        AwayMember lead = group.get(0);
        if (pickUpCaptive(view, interiors, group, lead)) return;
        ShipInterior hull = interiors.interior(target.id());
        DeckPlan plan = hull.plan();
        if (lead.shipId() == target.id() && !hull.searched(lead.room())) {
            order(view, "search", o -> new SearchRoom(o, lead.id()));
            return;
        }
        int goal = goalRoom(plan);
        if (lead.shipId() == target.id() && lead.room() == goal) {
            if (goal != plan.bridge()) {
                goalIndex++;
                return;
            }
            if (confirmedAt < 0 || view.tick() - confirmedAt > RECONFIRM_TICKS) {
                confirmedAt = view.tick();
                int targetId = target.id();
                order(view, "confirm", o -> new ConfirmSelfDestruct(o, targetId, lead.id()));
            }
            return;
        }
        walkTowards(view, hull, group, lead, goal);
    }

    /** Living members still walking with the group (not carrying a captive home), ascending ids. */
    private List<AwayMember> group(Interiors interiors, int ownId) {
        List<AwayMember> out = new ArrayList<>();
        for (AwayMember m : interiors.team(ownId)) if (m.alive() && !carriers.contains(m.id())) out.add(m);
        return out;
    }

    /** The cells first (captives are kept there), then the bridge. */
    private int goalRoom(DeckPlan plan) {
        List<Integer> goals = new ArrayList<>();
        for (int r = 0; r < plan.rooms().size(); r++) if (plan.room(r).kind() == RoomKind.CELLS) goals.add(r);
        goals.add(plan.bridge());
        return goals.get(StrictMath.min(goalIndex, goals.size() - 1));
    }

    private boolean pickUpCaptive(BotView view, Interiors interiors, List<AwayMember> group, AwayMember lead) {
        if (group.size() < 2) return false;
        for (Captive c : interiors.captives()) {
            if (!c.found() || !c.alive() || c.rescued() || c.carriedBy() >= 0) continue;
            if (c.shipId() != lead.shipId() || c.room() != lead.room()) continue;
            AwayMember carrier = group.get(group.size() - 1);
            carriers.add(carrier.id());
            int captive = c.id();
            order(view, "carry-".concat(Integer.toString(captive)), o -> new CarryCaptive(o, carrier.id(), captive));
            intendAfter(view, "carry-home-".concat(Integer.toString(captive)), reactionTicks() + SETTLE_TICKS,
                    o -> new ReturnToAirlock(o, MemberList.of(carrier.id())));
            return true;
        }
        return false;
    }

    private void walkTowards(BotView view, ShipInterior hull, List<AwayMember> group, AwayMember lead, int goal) {
        DeckPlan plan = hull.plan();
        int fromRoom = lead.shipId() == hull.shipId() ? lead.room() : plan.airlock();
        double fx = lead.shipId() == hull.shipId() ? lead.x() : plan.room(plan.airlock()).centreX();
        double fy = lead.shipId() == hull.shipId() ? lead.y() : plan.room(plan.airlock()).centreY();
        Room goalRoom = plan.room(goal);
        List<Waypoint> route = PathFinder.route(plan, null, hull.shipId(), fromRoom, fx, fy, goal, goalRoom.centreX(), goalRoom.centreY());
        if (route == null) return;
        int previousRoom = fromRoom;
        for (Waypoint w : route) {
            if (w.door() >= 0 && hull.door(w.door()) != DoorState.OPEN) {
                DoorSpec door = plan.door(w.door());
                if (lead.shipId() == hull.shipId() && lead.room() == previousRoom && nearDoor(lead, door)) {
                    String id = door.id();
                    if (hull.door(w.door()) == DoorState.CLOSED) order(view, "open-".concat(id), o -> new OpenDoor(o, lead.id(), id));
                    else order(view, "force-".concat(id), o -> new ForceDoor(o, lead.id(), id));
                } else {
                    double[] p = besideDoor(plan.room(previousRoom), door);
                    moveGroup(view, group, hull.shipId(), p[0], p[1]);
                }
                return;
            }
            previousRoom = w.room();
        }
        moveGroup(view, group, hull.shipId(), goalRoom.centreX(), goalRoom.centreY());
    }

    private static boolean nearDoor(AwayMember m, DoorSpec door) {
        return StrictMath.abs(m.x() - door.x()) + StrictMath.abs(m.y() - door.y()) < 3;
    }

    /** A point one metre into the room from the door. */
    private static double[] besideDoor(Room room, DoorSpec door) {
        double dx = room.centreX() - door.x(), dy = room.centreY() - door.y();
        double d = StrictMath.sqrt(dx * dx + dy * dy);
        return new double[] {door.x() + dx / d, door.y() + dy / d};
    }

    private void moveGroup(BotView view, List<AwayMember> group, int shipId, double x, double y) {
        List<Integer> ids = new ArrayList<>();
        for (AwayMember m : group) ids.add(m.id());
        String list = ids(ids);
        order(view, "move", o -> new MoveTo(o, list, shipId, x, y));
    }

    private static String ids(List<Integer> ids) {
        return MemberList.of(ids.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Sends one order after a reaction time and holds further decisions until it has taken effect. */
    private void order(BotView view, String what, java.util.function.Function<io.starbridge.sim.command.CommandOrigin,
            io.starbridge.sim.command.Command> make) {
        int delay = reactionTicks();
        intendAfter(view, what.concat("-").concat(Long.toString(view.tick())), delay, make);
        nextDecision = view.tick() + delay + SETTLE_TICKS;
    }
}
