package io.starbridge.sim;

import static io.starbridge.sim.SimHarness.ENEMY;
import static io.starbridge.sim.SimHarness.PLAYERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.ai.EnemyAi;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random command streams (valid and invalid, from random stations) into a corvette-versus-mothership
 * world. Every case prints its seed; rerun one with {@code -Dsim.seeds=1234} (or several, comma-separated).
 */
class SimInvariantsPropertyTest {
    private static final int TICKS = 900;
    private static final int NO_SUCH_SHIP = 99;

    static LongStream seeds() {
        String given = System.getProperty("sim.seeds");
        if (given != null && !given.isBlank()) return Arrays.stream(given.split(",")).mapToLong(s -> Long.parseLong(s.trim()));
        return LongStream.rangeClosed(1, 10).map(i -> i * 0x9E3779B97F4A7C15L >>> 16);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void two_worlds_fed_the_same_command_stream_stay_identical_every_tick(long seed) {
        SimHarness a = scene(seed), b = scene(seed);
        RandomCommandStream stream = new RandomCommandStream(seed, new int[] {1, 2}, NO_SUCH_SHIP);
        for (int t = 0; t < TICKS; t++) {
            List<Command> commands = stream.nextTick();
            commands.forEach(a::send);
            commands.forEach(b::send);
            List<SimEvent> eventsA = a.tick(), eventsB = b.tick();
            assertThat(a.world().stateHash()).as(where(seed, a)).isEqualTo(b.world().stateHash());
            assertThat(eventsA).as(where(seed, a)).isEqualTo(eventsB);
        }
        // a stream that only ever got rejected, or never did, would prove little
        assertThat(a.events(CommandRejected.class)).as("seed %d: rejections", seed).isNotEmpty();
        assertThat(a.events()).as("seed %d: accepted commands had effects", seed)
                .hasSizeGreaterThan(a.events(CommandRejected.class).size() + 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void power_hull_shields_and_health_stay_within_their_bounds(long seed) {
        SimHarness sim = scene(seed);
        RandomCommandStream stream = new RandomCommandStream(seed, new int[] {1, 2}, NO_SUCH_SHIP);
        for (int t = 0; t < TICKS; t++) {
            stream.nextTick().forEach(sim::send);
            sim.tick();
            for (Ship ship : sim.world().ships()) checkBounds(seed, sim, ship);
        }
    }

    private static void checkBounds(long seed, SimHarness sim, Ship ship) {
        String where = where(seed, sim) + " ship " + ship.id();
        var hull = ship.hull();
        assertThat(ship.hullPoints()).as(where + " hull").isBetween(0.0, hull.maxHull());
        assertThat(ship.shieldFront).as(where + " front shield").isBetween(0.0, hull.shieldFront());
        assertThat(ship.shieldRear).as(where + " rear shield").isBetween(0.0, hull.shieldRear());
        assertThat(Double.isFinite(ship.motion.x) && Double.isFinite(ship.motion.y)).as(where + " position finite").isTrue();
        assertThat(ship.helm.maneuverCharge).as(where + " manoeuvre charge").isBetween(0.0, 1.0);
        assertThat(ship.helm.heat).as(where + " heat").isBetween(0.0, 1.0);
        for (int i = 0; i < ship.subsystemCount(); i++) {
            Subsystem s = ship.subsystem(i);
            // isBetween fails on NaN, so these also check the values are numbers
            assertThat(s.power()).as(where + " power of " + s.id()).isBetween(0.0, Double.MAX_VALUE);
            assertThat(s.health()).as(where + " health of " + s.id()).isBetween(0.0, s.spec().maxHealth());
            assertThat(s.allocation()).as(where + " allocation of " + s.id()).isBetween(0.0, 2.0);
        }
    }

    private static String where(long seed, SimHarness sim) {
        return "seed " + seed + " (rerun with -Dsim.seeds=" + seed + ") tick " + sim.tickNow();
    }

    /** Vigil near the AI-crewed mothership, 2–6 km apart in a random direction; ids 1 and 2. */
    private static SimHarness scene(long seed) {
        SimHarness sim = SimHarness.seeded(seed);
        SplittableRandom place = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double distance = 2_000 + place.nextDouble() * 4_000, bearing = place.nextDouble() * 2 * StrictMath.PI;
        sim.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, place.nextDouble() * 2 * StrictMath.PI);
        Ship mothership = sim.spawn(HullCatalog.MOTHERSHIP, ENEMY, distance * StrictMath.cos(bearing),
                distance * StrictMath.sin(bearing), place.nextDouble() * 2 * StrictMath.PI);
        sim.crewWithEnemyAi(mothership, new EnemyAi.Config(8, false, 0));
        return sim;
    }
}
