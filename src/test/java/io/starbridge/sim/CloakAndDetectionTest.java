package io.starbridge.sim;

import static io.starbridge.sim.SimHarness.ENEMY;
import static io.starbridge.sim.SimHarness.PLAYERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.starbridge.sim.command.ReleaseWeapons;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetBeamsFiring;
import io.starbridge.sim.command.SetCloak;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.command.SetWeaponsTarget;
import io.starbridge.sim.command.StartScan;
import io.starbridge.sim.event.BeamFired;
import io.starbridge.sim.event.CloakDisengaged;
import io.starbridge.sim.event.CloakEngaged;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.ContactDetected;
import io.starbridge.sim.event.ContactLost;
import io.starbridge.sim.event.ScanCompleted;
import io.starbridge.sim.ship.CloakState;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.SubsystemKind;
import org.junit.jupiter.api.Test;

/** Beat 2: drop and cloak — the enemy cannot see a cloaked ship unless it comes very close; firing reveals it. */
class CloakAndDetectionTest {
    private final SimHarness sim = SimHarness.seeded(7);
    /** Vigil at the origin facing +x; the mothership 3 km ahead, broadside on. */
    private final Ship vigil = sim.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, 0);
    private final Ship mothership = sim.spawn(HullCatalog.MOTHERSHIP, ENEMY, 3_000, 0, StrictMath.PI / 2);

    @Test
    void cloaked_ship_is_invisible_to_the_enemy_beyond_cloak_detection_range() {
        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, true));
        for (int i = 0; i < 600; i++) {
            sim.tick();
            assertThat(mothership.contacts.detects(vigil.id())).as("detected at tick %d", sim.tickNow()).isFalse();
        }
        assertThat(vigil.motion.distanceTo(mothership.motion)).isGreaterThan(mothership.hull().cloakDetectionRange());
        assertThat(sim.events(ContactDetected.class)).noneMatch(e -> e.observerId() == mothership.id());
        assertThat(vigil.contacts.detects(mothership.id())).as("the cloaked ship still sees the enemy").isTrue();

        // the same ship at the same range is seen as soon as the cloak drops
        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, false));
        sim.tick();
        assertThat(mothership.contacts.detects(vigil.id())).isTrue();
    }

    @Test
    void cloaked_ship_is_detected_when_it_comes_very_close() {
        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, true));
        sim.station(vigil, Role.HELM).send(o -> new SetThrottle(o, 0.1));
        ContactDetected seen = sim.awaitEvent(ContactDetected.class,
                e -> e.observerId() == mothership.id() && e.targetId() == vigil.id(), 60);

        assertThat(seen.tick()).isEqualTo(sim.tickNow());
        assertThat(vigil.cloak.engaged).isTrue();
        double distance = vigil.motion.distanceTo(mothership.motion);
        double detectionRange = mothership.hull().cloakDetectionRange();
        assertThat(distance).isLessThanOrEqualTo(detectionRange)
                .isGreaterThan(detectionRange - vigil.motion.speed() * Tick.DT * 2);
    }

    @Test
    void cloak_engages_in_the_tick_its_command_is_applied() {
        sim.tick(2);
        assertThat(mothership.contacts.detects(vigil.id())).isTrue();

        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, true));
        sim.tick();

        long now = sim.tickNow();
        assertThat(vigil.cloak.engaged).isTrue();
        assertThat(sim.lastTickEvents()).contains(new CloakEngaged(now, vigil.id()),
                new ContactLost(now, mothership.id(), vigil.id()));
        assertThat(mothership.contacts.detects(vigil.id())).isFalse();
    }

    @Test
    void firing_beams_while_cloaked_reveals_the_ship_to_the_enemys_next_sweep() {
        long fired = cloakScanAndFire();

        assertThat(sim.lastTickEvents()).contains(new CloakDisengaged(fired, vigil.id(), "fired"));
        assertThat(vigil.cloak.engaged).isFalse();
        assertThat(mothership.contacts.detects(vigil.id())).as("sensors swept before the shot").isFalse();

        ContactDetected seen = sim.awaitEvent(ContactDetected.class,
                e -> e.observerId() == mothership.id() && e.targetId() == vigil.id(), 2);
        assertThat(seen.tick()).isBetween(fired + 1, fired + mothership.hull().sensorPeriodTicks());
    }

    @Test
    void cloak_cannot_re_engage_during_the_lockout_after_firing() {
        long fired = cloakScanAndFire();
        sim.station(vigil, Role.WEAPONS).send(o -> new SetBeamsFiring(o, false));
        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, true));
        sim.tick();

        assertThat(sim.lastTickEvents()).filteredOn(CommandRejected.class::isInstance)
                .singleElement().extracting(e -> ((CommandRejected) e).reason()).asString().contains("recharging");
        assertThat(vigil.cloak.engaged).isFalse();

        int lockout = Tick.ofSeconds(CloakState.REVEAL_LOCKOUT_SECONDS);
        sim.tick((int) (fired + lockout - sim.tickNow()));
        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, true));
        CloakEngaged engaged = sim.awaitEvent(CloakEngaged.class, e -> e.shipId() == vigil.id(), 1);
        assertThat(engaged.tick()).isGreaterThanOrEqualTo(fired + lockout);
        assertThat(sim.events(CommandRejected.class)).hasSize(1);
    }

    @Test
    void engaged_cloak_draws_its_drain_and_lowers_shields_to_zero() {
        sim.tick();
        var cloak = vigil.subsystemOf(SubsystemKind.CLOAK);
        var drive = vigil.subsystemOf(SubsystemKind.DRIVE);
        double idle = cloak.power(), drivePower = drive.power();
        assertThat(vigil.shieldFront).isEqualTo(vigil.hull().shieldFront());

        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, true));
        sim.tick();
        double asked = cloak.power() / cloak.satisfaction();
        assertThat(asked).isCloseTo(idle + vigil.hull().cloakDrain(), within(1e-9));
        // the corvette's reactor cannot cover the drain in full: every subsystem browns out alike
        assertThat(drive.power()).isLessThan(drivePower);
        assertThat(drive.satisfaction()).isEqualTo(cloak.satisfaction());
        assertThat(vigil.shieldFront).isZero();
        assertThat(vigil.shieldRear).isZero();
        sim.tickSeconds(3);
        assertThat(vigil.shieldFront + vigil.shieldRear).as("held at zero while cloaked").isZero();

        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, false));
        sim.tickSeconds(1);
        assertThat(cloak.power()).isEqualTo(idle);
        assertThat(vigil.shieldFront).isPositive();
    }

    /** Cloaks, scans the mothership, releases weapons and fires beams; returns the tick of the first shot. */
    private long cloakScanAndFire() {
        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, true));
        sim.tick(); // science can scan only what the first sweep found
        sim.station(vigil, Role.SCIENCE).send(o -> new StartScan(o, mothership.id()));
        sim.awaitEvent(ScanCompleted.class, 10);
        sim.station(vigil, Role.WEAPONS).send(o -> new SetWeaponsTarget(o, mothership.id(), "reactor"));
        sim.station(vigil, Role.CAPTAIN).send(o -> new ReleaseWeapons(o, true));
        sim.tick();
        assertThat(vigil.cloak.engaged).isTrue();
        sim.station(vigil, Role.WEAPONS).send(o -> new SetBeamsFiring(o, true));
        return sim.awaitEvent(BeamFired.class, 1).tick();
    }
}
