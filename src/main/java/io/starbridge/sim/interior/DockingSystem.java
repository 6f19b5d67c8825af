package io.starbridge.sim.interior;

import io.starbridge.sim.SimSystem;
import io.starbridge.sim.World;
import io.starbridge.sim.event.Undocked;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Docked ships move together: after flight, each docked ship is put back at its clamp's place on
 * its host and given the host's velocity (it holds station on the host, whatever its own helm says).
 * A clamp lets go when either ship leaves normal space or is destroyed.
 */
public final class DockingSystem implements SimSystem {
    @Override public void run(World world) {
        Interiors interiors = world.interiors();
        if (interiors.clamps.isEmpty()) return;
        List<Integer> released = new ArrayList<>();
        for (Map.Entry<Integer, DockingClamp> e : interiors.clamps.entrySet()) {
            Ship ship = world.ship(e.getKey());
            DockingClamp clamp = e.getValue();
            Ship host = world.ship(clamp.hostId());
            if (!ship.present() || !host.present()) {
                released.add(ship.id());
                continue;
            }
            double cos = StrictMath.cos(host.motion.heading), sin = StrictMath.sin(host.motion.heading);
            ship.motion.x = host.motion.x + clamp.offsetX() * cos - clamp.offsetY() * sin;
            ship.motion.y = host.motion.y + clamp.offsetX() * sin + clamp.offsetY() * cos;
            ship.motion.vx = host.motion.vx;
            ship.motion.vy = host.motion.vy;
            ship.motion.heading = io.starbridge.sim.Angles.normalize(host.motion.heading + clamp.headingOffset());
        }
        for (int id : released) {
            int host = interiors.clamps.remove(id).hostId();
            world.emit(new Undocked(world.tick(), id, host, DockingCommands.membersAway(interiors, id)));
        }
    }
}
