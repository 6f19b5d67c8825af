package io.starbridge.station;

import io.starbridge.sim.World;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.selfdestruct.SelfDestruct;
import io.starbridge.sim.ship.Ship;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code alert} view section (docs/protocol.md §4.5): every armed self-destruct a ship's crew
 * knows of, so every station — the view screen and observers too — can show the countdown. A crew
 * knows of its own ship's, and of one on a ship its away team has been aboard (it armed it, or
 * saw its console count down); the game master knows of all.
 */
public final class SelfDestructAlerts {
    private SelfDestructAlerts() {}

    /** {@code {"selfDestructs": {"<shipId>": {…}}}}; the inner object is empty when none is armed. */
    public static Map<String, Object> section(World world, Ship own, Role role) {
        Map<String, Object> armed = new LinkedHashMap<>();
        for (SelfDestruct sd : world.selfDestructs().all()) {
            if (!sd.armed()) continue;
            if (role != Role.GAME_MASTER && !knows(world, own.id(), sd.shipId())) continue;
            armed.put(Integer.toString(sd.shipId()), entry(world, own, sd));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("selfDestructs", armed);
        return m;
    }

    /**
     * Whether the crew of ship {@code ownId} knows of the self-destruct of ship {@code shipId}: its
     * own, or one its away team has been aboard (a room seen, or a member there now).
     */
    public static boolean knows(World world, int ownId, int shipId) {
        if (ownId == shipId) return true;
        if (world.interiors().isEmpty()) return false;
        if (world.interiors().fog(ownId).seenCount(shipId) > 0) return true;
        for (AwayMember m : world.interiors().team(ownId)) if (m.shipId() == shipId) return true;
        return false;
    }

    private static Map<String, Object> entry(World world, Ship own, SelfDestruct sd) {
        Ship ship = world.ship(sd.shipId());
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("shipId", sd.shipId());
        e.put("name", ship.name());
        e.put("own", ship.id() == own.id());
        // tenths of a second: changes every 6 ticks, so deltas carry it at 10 Hz
        e.put("secondsLeft", Math.round(sd.secondsLeft(world.tick()) * 10) / 10.0);
        e.put("detonationTick", sd.detonationTick());
        e.put("teamAboard", teamAboard(world, own.id(), sd.shipId()));
        return e;
    }

    /** Living members of the crew's away team aboard the doomed ship (in transit counts as aboard). */
    private static int teamAboard(World world, int ownId, int shipId) {
        if (ownId == shipId) return 0; // the own ship's crew is aboard by definition; the count is about the team
        int n = 0;
        for (AwayMember m : world.interiors().team(ownId)) if (m.alive() && m.shipId() == shipId) n++;
        return n;
    }
}
