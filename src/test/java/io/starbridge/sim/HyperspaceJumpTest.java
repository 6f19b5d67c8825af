package io.starbridge.sim;

import static io.starbridge.sim.SimHarness.PLAYERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.ExecuteJump;
import io.starbridge.sim.command.PlotJump;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SpoolJumpDrive;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.JumpCompleted;
import io.starbridge.sim.event.JumpSpooled;
import io.starbridge.sim.event.JumpStarted;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.JumpDriveSpec;
import io.starbridge.sim.ship.JumpPhase;
import io.starbridge.sim.ship.Ship;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Beat 1 and 2: helm plots, engineering spools, the captain jumps; the drop lands near the aim point. */
class HyperspaceJumpTest {
    private static final double AIM_X = 1_000_000, AIM_Y = -250_000;

    @Test
    void hyperspace_drop_lands_within_the_scatter_radius_for_every_seed() {
        double scatterRadius = HullCatalog.CORVETTE.jumpDrive().scatterRadius();
        double widest = 0;
        Set<Double> landings = new HashSet<>();
        for (long seed = 1; seed <= 40; seed++) {
            SimHarness sim = SimHarness.seeded(seed);
            Ship vigil = sim.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, 0);
            JumpCompleted drop = jump(sim, vigil);

            double scatter = StrictMath.hypot(drop.x() - AIM_X, drop.y() - AIM_Y);
            assertThat(scatter).as("seed %d", seed).isLessThanOrEqualTo(scatterRadius);
            assertThat(drop.scatterMetres()).as("seed %d", seed).isCloseTo(scatter, within(1e-6));
            assertThat(vigil.motion.x).isEqualTo(drop.x());
            assertThat(vigil.motion.y).isEqualTo(drop.y());
            widest = StrictMath.max(widest, scatter);
            landings.add(drop.x());
        }
        assertThat(widest).as("drops spread over the disc, not just its centre").isGreaterThan(scatterRadius / 2);
        assertThat(landings).as("each seed lands somewhere else").hasSize(40);
    }

    @Test
    void jump_completed_carries_the_tick_of_the_drop() {
        SimHarness sim = SimHarness.seeded(11);
        Ship vigil = sim.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, 0);
        JumpStarted start = null;
        boolean inHyperspaceTickBefore = false;
        JumpCompleted drop = null;
        sim.tick();
        plotAndSpool(sim, vigil);
        sim.station(vigil, Role.CAPTAIN).send(ExecuteJump::new);
        while (drop == null && sim.tickNow() < 10_000) {
            inHyperspaceTickBefore = vigil.inHyperspace();
            for (var e : sim.tick()) {
                if (e instanceof JumpStarted s) start = s;
                if (e instanceof JumpCompleted c) drop = c;
            }
        }
        assertThat(drop).isNotNull();
        assertThat(drop.tick()).isEqualTo(sim.tickNow());
        assertThat(inHyperspaceTickBefore).isTrue();
        assertThat(vigil.present()).isTrue();

        JumpDriveSpec drive = vigil.hull().jumpDrive();
        double distance = StrictMath.hypot(AIM_X, AIM_Y);
        int dwell = Tick.ofSeconds(StrictMath.max(drive.minDwellSeconds(), distance / drive.hyperSpeed()));
        assertThat(drop.tick() - start.tick()).as("ticks from entering hyperspace to the drop").isEqualTo(dwell);
    }

    @Test
    void jump_needs_plot_then_spool_then_ready() {
        SimHarness sim = SimHarness.seeded(5);
        Ship vigil = sim.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, 0);
        sim.tick();

        assertThat(rejection(sim, vigil, Role.CAPTAIN, ExecuteJump::new)).contains("not spooled");
        assertThat(rejection(sim, vigil, Role.ENGINEERING, SpoolJumpDrive::new)).contains("plot a jump");

        sim.station(vigil, Role.HELM).send(o -> new PlotJump(o, AIM_X, AIM_Y));
        sim.tick();
        assertThat(vigil.jump.phase).isEqualTo(JumpPhase.PLOTTED);
        assertThat(rejection(sim, vigil, Role.CAPTAIN, ExecuteJump::new)).contains("not spooled (plotted)");

        sim.station(vigil, Role.ENGINEERING).send(SpoolJumpDrive::new);
        sim.tick();
        assertThat(vigil.jump.phase).isEqualTo(JumpPhase.SPOOLING);
        assertThat(rejection(sim, vigil, Role.CAPTAIN, ExecuteJump::new)).contains("not spooled (spooling)");
        assertThat(rejection(sim, vigil, Role.ENGINEERING, SpoolJumpDrive::new)).contains("already spooling");

        JumpSpooled ready = sim.awaitEvent(JumpSpooled.class, 20);
        assertThat(vigil.jump.phase).isEqualTo(JumpPhase.READY);
        assertThat(ready.tick()).isGreaterThanOrEqualTo(Tick.ofSeconds(vigil.hull().jumpDrive().spoolSeconds()));

        sim.station(vigil, Role.CAPTAIN).send(ExecuteJump::new);
        sim.tick();
        assertThat(sim.lastTickEvents()).contains(new JumpStarted(sim.tickNow(), vigil.id(), AIM_X, AIM_Y));
        assertThat(vigil.inHyperspace()).isTrue();
        assertThat(vigil.present()).isFalse();
    }

    /** Sends one command and returns the reason it was rejected; fails if it was accepted. */
    private static String rejection(SimHarness sim, Ship ship, Role role, Function<CommandOrigin, Command> order) {
        int before = sim.events(CommandRejected.class).size();
        sim.station(ship, role).send(order);
        sim.tick();
        var rejected = sim.events(CommandRejected.class);
        assertThat(rejected).as("rejected").hasSize(before + 1);
        return rejected.get(before).reason();
    }

    private static void plotAndSpool(SimHarness sim, Ship ship) {
        sim.station(ship, Role.HELM).send(o -> new PlotJump(o, AIM_X, AIM_Y));
        sim.tick();
        sim.station(ship, Role.ENGINEERING).send(SpoolJumpDrive::new);
        sim.awaitEvent(JumpSpooled.class, 30);
    }

    private static JumpCompleted jump(SimHarness sim, Ship ship) {
        sim.tick();
        plotAndSpool(sim, ship);
        sim.station(ship, Role.CAPTAIN).send(ExecuteJump::new);
        return sim.awaitEvent(JumpCompleted.class, 60);
    }
}
