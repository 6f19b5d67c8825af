package io.starbridge.sim.weapons;

import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.ship.Ship;

/**
 * Puts torpedoes in flight directly, for scenarios, tests and benchmarks that need many at once
 * (a crew launches through {@code LaunchTorpedo}, one loaded tube at a time). The torpedo is of the
 * owner's hull type, homes on the target and joins the world at the next system boundary.
 */
public final class Torpedoes {
    private Torpedoes() {}

    /**
     * @param x        launch position, metres
     * @param heading  initial heading, radians
     * @return the new torpedo's id
     */
    public static int spawn(World world, Ship owner, Ship target, double x, double y, double heading) {
        var spec = owner.hull().torpedo();
        Torpedo t = new Torpedo(world.allocateEntityId(), owner.id(), owner.faction(), spec, x, y, heading,
                target.id(), null, target.motion.x, target.motion.y, Tick.ofSeconds(spec.lifetimeSeconds()));
        world.spawnTorpedo(t);
        return t.id;
    }
}
