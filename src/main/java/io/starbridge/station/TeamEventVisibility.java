package io.starbridge.station;

import io.starbridge.sim.World;
import io.starbridge.sim.event.BodyFound;
import io.starbridge.sim.event.CaptiveFound;
import io.starbridge.sim.event.CaptiveLost;
import io.starbridge.sim.event.CaptiveRescued;
import io.starbridge.sim.event.Docked;
import io.starbridge.sim.event.DoorOpened;
import io.starbridge.sim.event.MemberLost;
import io.starbridge.sim.event.MemberMoved;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.event.Undocked;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.Captive;
import io.starbridge.sim.ship.Ship;

/**
 * Which boarding events a ship's stations hear (docs/protocol.md §4.3): what its own away team did
 * or found (the suit comms) and its own docking. Another team's movements stay secret. (Self-destruct
 * events follow {@link SelfDestructAlerts}.)
 */
final class TeamEventVisibility {
    private TeamEventVisibility() {}

    /** True/false for a boarding event, null for any other event (decided elsewhere). */
    static Boolean visible(SimEvent e, World world, Ship own) {
        int me = own.id();
        if (e instanceof MemberMoved m) return m.teamShipId() == me;
        if (e instanceof MemberLost m) return m.teamShipId() == me;
        if (e instanceof DoorOpened d) return ofTeam(world, d.memberId(), me);
        if (e instanceof CaptiveFound c) return ofTeam(world, c.memberId(), me);
        if (e instanceof BodyFound b) return ofTeam(world, b.memberId(), me);
        if (e instanceof CaptiveRescued c) return c.teamShipId() == me;
        if (e instanceof CaptiveLost c) {
            Captive captive = world.interiors().captive(c.captiveId());
            return captive != null && captive.found() && teamAboard(world, c.shipId(), me);
        }
        if (e instanceof Docked d) return d.shipId() == me || d.hostId() == me;
        if (e instanceof Undocked u) return u.shipId() == me || u.hostId() == me;
        return null;
    }

    private static boolean ofTeam(World world, int memberId, int teamShipId) {
        AwayMember m = world.interiors().member(memberId);
        return m != null && m.teamShipId() == teamShipId && !m.character();
    }

    private static boolean teamAboard(World world, int shipId, int teamShipId) {
        for (AwayMember m : world.interiors().team(teamShipId)) if (m.shipId() == shipId) return true;
        return false;
    }
}
