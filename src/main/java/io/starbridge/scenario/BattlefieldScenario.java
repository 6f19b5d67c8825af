package io.starbridge.scenario;

import io.starbridge.sim.SimRandom;
import io.starbridge.sim.Simulation;
import io.starbridge.sim.World;
import io.starbridge.sim.ai.EnemyAi;
import io.starbridge.sim.event.BecameDerelict;
import io.starbridge.sim.event.ShipDestroyed;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The load scenario (the shape of EmptyEpsilon's stress test): two fleets of AI-crewed frigates,
 * blue (faction 0) in the west and red (faction 1) in the east, roam and fight with beams and
 * torpedoes. No player ship. Sizes give the ships per side.
 *
 * <p>Each fleet fills a rectangle twice as wide (north–south) as it is deep, at about one ship per
 * {@link #AREA_PER_SHIP} m², facing the enemy across a {@link #GAP} m gap. The front ranks see each
 * other at once (frigate sensors reach 12 km); the rear ranks within seconds as the fronts charge,
 * so beams (3 km) and torpedoes fly within the first minute. Positions come from the world's
 * {@link SimRandom}, so a seed fixes the battle.
 *
 * <p>Outcome: {@code blue} or {@code red} once every ship of the other side is destroyed or
 * derelict ({@code draw} if both go in the same tick); null while both fight (the runner caps the
 * duration).
 */
public final class BattlefieldScenario implements Scenario {
    public static final String ID = "battlefield";
    public static final String DEFAULT_SIZE = "medium";
    /** AI ships per side for each size, in the order {@link #sizes()} lists them. */
    private static final Map<String, Integer> SHIPS_PER_SIDE = Map.of("medium", 60, "large", 100, "huge", 500);
    private static final List<String> SIZES = List.of("medium", "large", "huge");
    /** Square metres of fleet area per ship: ~500 m between neighbours, hulls are 120 m long. */
    static final double AREA_PER_SHIP = 250_000;
    /** Metres between the two fleets' front ranks: inside sensor range, outside beam range. */
    static final double GAP = 6_000;
    static final String[] SIDE_NAMES = {"blue", "red"};

    @Override public String id() { return ID; }

    @Override public String description() {
        return "Load test: two fleets of AI frigates (60, 100 or 500 per side) roam and fight with beams and torpedoes";
    }

    @Override public List<String> sizes() { return SIZES; }

    /** Ships per side for a size (null = default). @throws IllegalArgumentException for an unknown size */
    public static int shipsPerSide(String size) {
        Integer n = SHIPS_PER_SIDE.get(size == null ? DEFAULT_SIZE : size);
        if (n == null) throw new IllegalArgumentException("unknown size '" + size + "' for scenario battlefield; known: " + SIZES);
        return n;
    }

    @Override public Mission start(long seed, String size) {
        int perSide = shipsPerSide(size);
        World world = new World(seed);
        double depth = StrictMath.sqrt(perSide * AREA_PER_SHIP / 2);
        double width = 2 * depth;
        // idle ships wander as far as the far side of the enemy's starting ground
        double patrolRadius = 2 * depth + GAP;
        for (int side = 0; side < 2; side++) {
            // blue's front rank is at x = -GAP/2 facing east (+x); red's mirrored, facing west
            double toEnemy = side == 0 ? 1 : -1;
            double heading = side == 0 ? 0 : StrictMath.PI;
            for (int i = 0; i < perSide; i++) {
                double x = -toEnemy * (GAP / 2 + world.random().nextDouble() * depth);
                double y = world.random().nextDouble(-width / 2, width / 2);
                String name = capitalised(SIDE_NAMES[side]) + " " + (i + 1);
                int faction = side;
                Ship ship = world.addShip(id -> new Ship(id, name, faction, HullCatalog.FRIGATE));
                ship.motion.x = x;
                ship.motion.y = y;
                ship.motion.heading = heading;
                ship.helm.targetHeading = heading;
                world.addCrew(new EnemyAi(ship, new EnemyAi.Config(0, true, patrolRadius)));
            }
        }
        String resolvedSize = size == null ? DEFAULT_SIZE : size;
        return new Mission(ID, resolvedSize, new Simulation(world), List.of(), null, new SidesStanding(perSide));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Counts each side's fighting ships down from the tick's events, so a tick costs nothing
     * unless a ship was lost. A ship's side is its faction.
     */
    static final class SidesStanding implements OutcomeRule {
        private final int[] standing;
        /** Ids of ships already counted out: one destroyed after turning derelict must not count twice. */
        private final BitSet out = new BitSet();

        SidesStanding(int perSide) {
            this.standing = new int[] {perSide, perSide};
        }

        @Override public String evaluate(World world, List<SimEvent> events) {
            boolean changed = false;
            for (SimEvent e : events) {
                int shipId;
                if (e instanceof ShipDestroyed d) shipId = d.shipId();
                else if (e instanceof BecameDerelict d) shipId = d.shipId();
                else continue;
                Ship ship = world.ship(shipId);
                if (ship == null || out.get(shipId)) continue;
                out.set(shipId);
                standing[ship.faction()]--;
                changed = true;
            }
            if (!changed) return null;
            if (standing[0] == 0 && standing[1] == 0) return "draw";
            if (standing[1] == 0) return SIDE_NAMES[0];
            if (standing[0] == 0) return SIDE_NAMES[1];
            return null;
        }
    }
}
