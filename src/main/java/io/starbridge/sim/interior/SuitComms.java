package io.starbridge.sim.interior;

import io.starbridge.sim.Systems;
import io.starbridge.sim.World;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SendMessage;
import io.starbridge.sim.event.CommsMessage;
import io.starbridge.sim.ship.Ship;

/**
 * The suit channel: the ship's crew and its away team talk over the suit microphones. A message
 * changes no state — it is only an event, heard by every station of the ship. The ship's radio
 * always transmits; the away team speaks only while one of its members is alive to speak.
 */
public final class SuitComms {
    private SuitComms() {}

    public static void register(Systems.Registry registry) {
        registry.put(SendMessage.class, SuitComms::send);
    }

    private static String send(World world, Ship ship, SendMessage c) {
        if (c.origin().role() == Role.AWAY_TEAM && !anyoneAlive(world, ship))
            return "no member of the away team of " + ship.name() + " is alive to speak";
        world.emit(new CommsMessage(world.tick(), ship.id(), c.channel(), c.origin().role().name(),
                c.origin().memberId(), c.spoken()));
        return null;
    }

    private static boolean anyoneAlive(World world, Ship ship) {
        for (AwayMember m : world.interiors().team(ship.id())) if (m.alive() && !m.character()) return true;
        return false;
    }
}
