package io.starbridge.sim;

import static io.starbridge.sim.SimHarness.PLAYERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetCloak;
import io.starbridge.sim.command.SetPower;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.event.CloakDisengaged;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import io.starbridge.sim.ship.SubsystemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Beat 3: damage is per subsystem, and what a subsystem does scales with the power it gets and its health. */
class PowerTest {
    private final SimHarness sim = SimHarness.seeded(3);
    private final Ship vigil = sim.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, 0);

    @Test
    void destroyed_reactor_leaves_no_power_anywhere() {
        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, true));
        sim.station(vigil, Role.HELM).send(o -> new SetThrottle(o, 1));
        sim.tickSeconds(1);
        assertThat(vigil.cloak.engaged).isTrue();
        double speed = vigil.motion.speed();
        assertThat(speed).isPositive();

        vigil.subsystemOf(SubsystemKind.REACTOR).damage(Double.MAX_VALUE);
        sim.tick();

        for (int i = 0; i < vigil.subsystemCount(); i++) {
            Subsystem s = vigil.subsystem(i);
            assertThat(s.power()).as(s.id()).isZero();
            assertThat(s.effect()).as(s.id()).isZero();
        }
        assertThat(sim.lastTickEvents()).contains(new CloakDisengaged(sim.tickNow(), vigil.id(), "no-power"));
        sim.tickSeconds(2);
        assertThat(vigil.motion.speed()).as("no thrust: the dark ship coasts").isCloseTo(speed, within(1e-9));

        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, true));
        sim.tick();
        assertThat(sim.events(CommandRejected.class)).singleElement()
                .extracting(CommandRejected::reason).asString().contains("reactor");
    }

    @ParameterizedTest(name = "allocation {0}, health {1}")
    @CsvSource({"1.0, 1.0", "0.5, 1.0", "1.0, 0.5", "0.5, 0.5", "1.5, 1.0", "0.0, 1.0"})
    void a_subsystems_effect_scales_with_its_power_allocation_and_health(double allocation, double health) {
        Subsystem drive = vigil.subsystemOf(SubsystemKind.DRIVE);
        drive.damage(drive.spec().maxHealth() * (1 - health));
        sim.station(vigil, Role.ENGINEERING).send(o -> new SetPower(o, "drive", allocation));
        sim.station(vigil, Role.HELM).send(o -> new SetThrottle(o, 1));
        sim.tickSeconds(1);

        // an overcharge may ask more than the reactor makes: then every subsystem gets the same share
        double share = drive.satisfaction();
        if (allocation <= 1) assertThat(share).isEqualTo(1.0);
        double expected = allocation * share * health;
        assertThat(drive.effect()).isCloseTo(expected, within(1e-9));
        double fullAcceleration = vigil.hull().maxAcceleration();
        assertThat(vigil.motion.speed()).as("speed after one second at full throttle")
                .isCloseTo(fullAcceleration * expected, within(1e-6));
    }

    @Test
    void the_reactor_takes_no_power_allocation() {
        sim.station(vigil, Role.ENGINEERING).send(o -> new SetPower(o, "reactor", 2));
        sim.tick();
        assertThat(sim.events(CommandRejected.class)).singleElement()
                .extracting(CommandRejected::reason).asString().contains("reactor");
        assertThat(vigil.subsystemOf(SubsystemKind.REACTOR).allocation()).isEqualTo(1.0);
    }
}
