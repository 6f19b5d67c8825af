package io.starbridge.bench;

import io.starbridge.sim.SimRandom;
import io.starbridge.sim.Simulation;
import io.starbridge.sim.World;
import io.starbridge.sim.ai.EnemyAi;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.weapons.Torpedoes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tick cost with 5,000 torpedoes in flight in one engagement: two groups of
 * {@link #SHIPS_PER_SIDE} AI frigates 4 km apart (beams, point defence, sensors all busy) and
 * {@code torpedoes} homing torpedoes, half from each side, coming in from 3–12 km. After every
 * step the benchmark tops the torpedoes back up to the full count (the few that hit or were shot
 * down are replaced at 12 km), so every tick measured has the same load. Each iteration starts a
 * fresh engagement: iterations are short (0.5 s) so the fleets are still mostly standing.
 *
 * <p>{@code mvn -B -Pbench test-compile exec:exec -Dbench.args="ManyObjectsTickBench -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class ManyObjectsTickBench {
    static final int SHIPS_PER_SIDE = 100;
    /** Torpedo spawn ring around the engagement's centre, metres. */
    static final double RING_INNER = 3_000, RING_OUTER = 12_000;

    @Param({"5000"})
    public int torpedoes;

    private World world;
    private Simulation simulation;
    private final List<List<Ship>> sides = List.of(new ArrayList<>(), new ArrayList<>());
    private SimRandom spawnRandom;
    private int nextSide;

    @Setup(Level.Iteration)
    public void startEngagement() {
        world = new World(1);
        spawnRandom = new SimRandom(2);
        for (List<Ship> side : sides) side.clear();
        for (int side = 0; side < 2; side++) {
            double centreX = side == 0 ? -2_000 : 2_000;
            for (int i = 0; i < SHIPS_PER_SIDE; i++) {
                int faction = side;
                Ship ship = world.addShip(id -> new Ship(id, "Ship " + id, faction, HullCatalog.FRIGATE));
                double a = world.random().nextDouble() * 2 * StrictMath.PI;
                double r = 1_500 * StrictMath.sqrt(world.random().nextDouble());
                ship.motion.x = centreX + r * StrictMath.cos(a);
                ship.motion.y = r * StrictMath.sin(a);
                ship.motion.heading = side == 0 ? 0 : StrictMath.PI;
                ship.helm.targetHeading = ship.motion.heading;
                world.addCrew(new EnemyAi(ship, new EnemyAi.Config(0, true, 3_000)));
                sides.get(side).add(ship);
            }
        }
        simulation = new Simulation(world);
        for (int i = 0; i < torpedoes; i++) spawnTorpedo(RING_INNER + (RING_OUTER - RING_INNER) * StrictMath.sqrt(spawnRandom.nextDouble()));
        // one step brings them into the world (spawns join at a system boundary)
        simulation.step();
    }

    /** A torpedo from a random ship of the next side at {@code distance} from the centre, aimed at a random enemy. */
    private void spawnTorpedo(double distance) {
        int side = nextSide;
        nextSide ^= 1;
        Ship owner = pick(sides.get(side));
        Ship target = pick(sides.get(side ^ 1));
        if (owner == null || target == null) return;
        double a = spawnRandom.nextDouble() * 2 * StrictMath.PI;
        double x = distance * StrictMath.cos(a), y = distance * StrictMath.sin(a);
        double heading = StrictMath.atan2(target.motion.y - y, target.motion.x - x);
        Torpedoes.spawn(world, owner, target, x, y, heading);
    }

    private Ship pick(List<Ship> side) {
        for (int attempt = 0; attempt < 8; attempt++) {
            Ship s = side.get(spawnRandom.nextInt(side.size()));
            if (s.present()) return s;
        }
        for (Ship s : side) if (s.present()) return s;
        return null;
    }

    @Benchmark
    public Object step() {
        Object events = simulation.step();
        // replace what hit or was shot down; they join at the next step's first system boundary
        for (int missing = torpedoes - world.torpedoes().size(); missing > 0; missing--) spawnTorpedo(RING_OUTER);
        return events;
    }
}
