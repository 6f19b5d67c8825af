package io.starbridge.sim;

import static io.starbridge.sim.SimHarness.ENEMY;
import static io.starbridge.sim.SimHarness.PLAYERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.ai.EnemyAi;
import io.starbridge.sim.command.CombatManeuver;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.ExecuteJump;
import io.starbridge.sim.command.LaunchTorpedo;
import io.starbridge.sim.command.PlotJump;
import io.starbridge.sim.command.RepairSubsystem;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetBeamsFiring;
import io.starbridge.sim.command.SetCloak;
import io.starbridge.sim.command.SpawnShip;
import io.starbridge.sim.command.SetHeading;
import io.starbridge.sim.command.SetPower;
import io.starbridge.sim.command.SetStrafe;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.command.SetWeaponsTarget;
import io.starbridge.sim.command.SpoolJumpDrive;
import io.starbridge.sim.command.StartScan;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad command is answered with a reason and changes nothing: the world that received it hashes
 * the same as a twin that did not, in that tick and afterwards.
 */
class CommandValidationTest {
    /** Ship ids of the scene: Vigil, the mothership (AI-crewed), a destroyed wreck, and one that does not exist. */
    static final int VIGIL = 1, MOTHERSHIP = 2, WRECK = 3, NO_SUCH_SHIP = 99;

    /** A bad command: which ship it is sent for, from which station, and how it is built. */
    record Bad(String name, int shipId, Role role, Function<CommandOrigin, Command> build) {
        @Override public String toString() { return name; }
    }

    static Stream<Bad> badCommands() {
        List<Bad> bad = new ArrayList<>(List.of(
                new Bad("weapons may not fly the ship", VIGIL, Role.WEAPONS, o -> new SetThrottle(o, 1)),
                new Bad("the view screen sends nothing", VIGIL, Role.VIEWSCREEN, o -> new SetHeading(o, 1)),
                new Bad("NaN heading", VIGIL, Role.HELM, o -> new SetHeading(o, Double.NaN)),
                new Bad("NaN power allocation", VIGIL, Role.ENGINEERING, o -> new SetPower(o, "drive", Double.NaN)),
                new Bad("infinite jump aim", VIGIL, Role.HELM, o -> new PlotJump(o, Double.POSITIVE_INFINITY, 0)),
                new Bad("throttle beyond full", VIGIL, Role.HELM, o -> new SetThrottle(o, 1.5)),
                new Bad("strafe beyond full", VIGIL, Role.HELM, o -> new SetStrafe(o, -2)),
                new Bad("combat manoeuvre with no direction", VIGIL, Role.HELM, o -> new CombatManeuver(o, 0, 0)),
                new Bad("power to an unknown subsystem", VIGIL, Role.ENGINEERING, o -> new SetPower(o, "warp-core", 1)),
                new Bad("power with no subsystem", VIGIL, Role.ENGINEERING, o -> new SetPower(o, "", 1)),
                new Bad("power allocation to the reactor", VIGIL, Role.ENGINEERING, o -> new SetPower(o, "reactor", 1)),
                new Bad("repair an unknown subsystem", VIGIL, Role.ENGINEERING, o -> new RepairSubsystem(o, "warp-core")),
                new Bad("repair an undamaged subsystem", VIGIL, Role.ENGINEERING, o -> new RepairSubsystem(o, "drive")),
                new Bad("command for no such ship", NO_SUCH_SHIP, Role.HELM, o -> new SetThrottle(o, 1)),
                new Bad("command for a destroyed ship", WRECK, Role.HELM, o -> new SetThrottle(o, 1)),
                new Bad("target itself", VIGIL, Role.WEAPONS, o -> new SetWeaponsTarget(o, VIGIL, null)),
                new Bad("target no such ship", VIGIL, Role.WEAPONS, o -> new SetWeaponsTarget(o, NO_SUCH_SHIP, null)),
                new Bad("target an unscanned subsystem", VIGIL, Role.WEAPONS, o -> new SetWeaponsTarget(o, MOTHERSHIP, "reactor")),
                new Bad("scan itself", VIGIL, Role.SCIENCE, o -> new StartScan(o, VIGIL)),
                new Bad("scan no such ship", VIGIL, Role.SCIENCE, o -> new StartScan(o, NO_SUCH_SHIP)),
                new Bad("beams before the release", VIGIL, Role.WEAPONS, o -> new SetBeamsFiring(o, true)),
                new Bad("torpedo before the release", VIGIL, Role.WEAPONS, LaunchTorpedo::new),
                new Bad("jump without a spooled drive", VIGIL, Role.CAPTAIN, ExecuteJump::new),
                new Bad("spool without a plot", VIGIL, Role.ENGINEERING, SpoolJumpDrive::new),
                new Bad("cloak on a ship without one", MOTHERSHIP, Role.ENGINEERING, o -> new SetCloak(o, true)),
                new Bad("spawn an unknown hull class", VIGIL, Role.GAME_MASTER, o -> new SpawnShip(o, "dreadnought", "X", 1, 0, 0, true)),
                new Bad("spawn with no name", VIGIL, Role.GAME_MASTER, o -> new SpawnShip(o, "frigate", " ", 1, 0, 0, true)),
                new Bad("spawn as faction 9", VIGIL, Role.GAME_MASTER, o -> new SpawnShip(o, "frigate", "X", 9, 0, 0, true)),
                new Bad("spawn at an infinite x", VIGIL, Role.GAME_MASTER, o -> new SpawnShip(o, "frigate", "X", 1, Double.POSITIVE_INFINITY, 0, true)),
                new Bad("the captain spawns a ship", VIGIL, Role.CAPTAIN, o -> new SpawnShip(o, "frigate", "X", 1, 0, 0, true))));
        CommandOrigin sample = new CommandOrigin(VIGIL, Role.OBSERVER, "observer", 0);
        for (var build : CommandSamples.everyType(MOTHERSHIP))
            bad.add(new Bad("the observer sends " + build.apply(sample).getClass().getSimpleName(), VIGIL, Role.OBSERVER, build));
        return bad.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommands")
    void bad_command_is_rejected_with_a_reason_and_changes_nothing(Bad bad) {
        SimHarness received = scene(), twin = scene();
        assertThat(received.world().stateHash()).isEqualTo(twin.world().stateHash());

        Command command = received.station(bad.shipId(), bad.role()).send(bad.build());
        List<SimEvent> withCommand = received.tick(), without = twin.tick();

        assertThat(withCommand).filteredOn(CommandRejected.class::isInstance).map(CommandRejected.class::cast)
                .singleElement().satisfies(r -> {
                    assertThat(r.origin()).isEqualTo(command.origin());
                    assertThat(r.commandType()).isEqualTo(command.getClass().getSimpleName());
                    assertThat(r.reason()).isNotBlank();
                    assertThat(r.tick()).isEqualTo(received.tickNow());
                });
        assertThat(withCommand).filteredOn(e -> !(e instanceof CommandRejected)).isEqualTo(without);
        assertThat(received.world().stateHash()).isEqualTo(twin.world().stateHash());
        received.tickSeconds(2);
        twin.tickSeconds(2);
        assertThat(received.world().stateHash()).as("no delayed effect").isEqualTo(twin.world().stateHash());
    }

    @Test
    void a_good_command_does_change_the_state_hash() {
        SimHarness received = scene(), twin = scene();
        received.station(VIGIL, Role.HELM).send(o -> new SetHeading(o, 2));
        received.tick();
        twin.tick();
        assertThat(received.events(CommandRejected.class)).isEmpty();
        assertThat(received.world().stateHash()).isNotEqualTo(twin.world().stateHash());
    }

    @Test
    void the_observer_cases_cover_every_command_type() {
        Set<Class<?>> covered = new HashSet<>();
        CommandOrigin origin = new CommandOrigin(VIGIL, Role.OBSERVER, "observer", 1);
        for (var build : CommandSamples.everyType(MOTHERSHIP)) covered.add(build.apply(origin).getClass());
        assertThat(covered).containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
    }

    /** Vigil 4 km from the AI-crewed mothership, a wreck nearby; half a second of flight already past. */
    static SimHarness scene() {
        SimHarness sim = SimHarness.seeded(17);
        Ship vigil = sim.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, 0);
        Ship mothership = sim.spawn(HullCatalog.MOTHERSHIP, ENEMY, 4_000, 0, StrictMath.PI);
        Ship wreck = sim.spawn(HullCatalog.FRIGATE, PLAYERS, -2_000, 500, 0);
        assertThat(List.of(vigil.id(), mothership.id(), wreck.id())).containsExactly(VIGIL, MOTHERSHIP, WRECK);
        wreck.markDestroyed();
        sim.crewWithEnemyAi(mothership, new EnemyAi.Config(60, false, 0));
        sim.station(vigil, Role.HELM).send(o -> new SetThrottle(o, 0.3));
        sim.tickSeconds(0.5);
        return sim;
    }
}
