package io.starbridge.sim.ai;

import io.starbridge.sim.Systems;
import io.starbridge.sim.World;
import io.starbridge.sim.command.SpawnShip;
import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.Ship;

/** The game master's {@link SpawnShip}: a new ship, with an AI crew when asked for. */
public final class SpawnCommands {
    /** How far a spawned AI ship roams from where it appeared while it has nobody to fight, metres. */
    static final double PATROL_RADIUS = 20_000;

    private SpawnCommands() {}

    public static void register(Systems.Registry registry) {
        registry.put(SpawnShip.class, SpawnCommands::spawn);
    }

    private static String spawn(World world, Ship origin, SpawnShip c) {
        HullClass hull;
        try { hull = world.hullClass(c.hull()); } // built-in, or the mission file's own
        catch (IllegalArgumentException e) { return e.getMessage(); }
        Ship ship = world.addShip(id -> new Ship(id, c.name().strip(), c.faction(), hull));
        ship.motion.x = c.x();
        ship.motion.y = c.y();
        if (c.crewed()) world.addCrew(new EnemyAi(ship, new EnemyAi.Config(0, true, PATROL_RADIUS)));
        return null;
    }
}
