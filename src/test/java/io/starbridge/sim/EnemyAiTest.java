package io.starbridge.sim;

import static io.starbridge.sim.SimHarness.ENEMY;
import static io.starbridge.sim.SimHarness.PLAYERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.starbridge.sim.ai.EnemyAi;
import io.starbridge.sim.command.ReleaseWeapons;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetBeamsFiring;
import io.starbridge.sim.command.SetCloak;
import io.starbridge.sim.command.SetWeaponsTarget;
import io.starbridge.sim.command.StartScan;
import io.starbridge.sim.event.BeamFired;
import io.starbridge.sim.event.CloakEngaged;
import io.starbridge.sim.event.ContactDetected;
import io.starbridge.sim.event.ContactLost;
import io.starbridge.sim.event.JumpStarted;
import io.starbridge.sim.event.ScanCompleted;
import io.starbridge.sim.event.TorpedoLaunched;
import io.starbridge.sim.ship.CloakState;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import org.junit.jupiter.api.Test;

/** Beat 3 from the other side: the enemy retaliates with what it has, and flees when its repair clock runs out. */
class EnemyAiTest {
    private static final double ESCAPE_AFTER_SECONDS = 20;

    private final SimHarness sim = SimHarness.seeded(9);
    /** Vigil cloaked 3 km off the mothership's port beam, facing it. */
    private final Ship vigil = sim.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, 0);
    private final Ship mothership = sim.spawn(HullCatalog.MOTHERSHIP, ENEMY, 3_000, 0, -StrictMath.PI / 2);

    @Test
    void enemy_retaliates_against_a_revealed_attacker() {
        sim.crewWithEnemyAi(mothership, new EnemyAi.Config(0, false, 0));
        long fired = strikeFromCloak();
        sim.station(vigil, Role.WEAPONS).send(o -> new SetBeamsFiring(o, false));
        ContactDetected seen = sim.awaitEvent(ContactDetected.class, e -> e.observerId() == mothership.id(), 1);
        assertThat(seen.targetId()).isEqualTo(vigil.id());

        TorpedoLaunched torpedo = sim.awaitEvent(TorpedoLaunched.class, e -> e.shipId() == mothership.id(), 3);
        assertThat(torpedo.tick()).isGreaterThan(fired);
        assertThat(torpedo.targetId()).as("homing on the attacker it sees").isEqualTo(vigil.id());
        assertThat(mothership.weapons.targetShipId).isEqualTo(vigil.id());

        double bearing = Angles.bearing(mothership.motion.x, mothership.motion.y, vigil.motion.x, vigil.motion.y);
        assertThat(Angles.delta(mothership.helm.targetHeading, bearing)).as("helm ordered onto the attacker")
                .isCloseTo(0, within(0.05));
        double offBefore = StrictMath.abs(Angles.delta(mothership.motion.heading, bearing));
        sim.tickSeconds(5);
        assertThat(StrictMath.abs(Angles.delta(mothership.motion.heading, bearing))).as("turning towards it")
                .isLessThan(offBefore - 0.2);
        assertThat(sim.events(BeamFired.class)).as("its guns answer").anyMatch(b -> b.shipId() == mothership.id());
    }

    @Test
    void enemy_fires_torpedoes_at_the_last_known_position_of_an_attacker_that_cloaked_again() {
        sim.crewWithEnemyAi(mothership, new EnemyAi.Config(0, false, 0));
        long fired = strikeFromCloak();
        sim.station(vigil, Role.WEAPONS).send(o -> new SetBeamsFiring(o, false));
        sim.tick(Tick.ofSeconds(CloakState.REVEAL_LOCKOUT_SECONDS));
        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, true));
        CloakEngaged cloaked = sim.awaitEvent(CloakEngaged.class, 1);
        assertThat(sim.lastTickEvents()).as("lost in the tick the cloak engaged")
                .contains(new ContactLost(cloaked.tick(), mothership.id(), vigil.id()));
        var lastKnown = mothership.contacts.lastKnown(vigil.id());
        assertThat(lastKnown).isNotNull();

        TorpedoLaunched blind = sim.awaitEvent(TorpedoLaunched.class,
                e -> e.shipId() == mothership.id() && e.targetId() == -1, 20);
        assertThat(blind.aimX()).isEqualTo(lastKnown.x());
        assertThat(blind.aimY()).isEqualTo(lastKnown.y());
        assertThat(blind.tick()).as("within the memory of the hit").isGreaterThan(fired);
    }

    @Test
    void enemy_jumps_away_after_its_escape_clock_runs_out() {
        sim.crewWithEnemyAi(mothership, new EnemyAi.Config(ESCAPE_AFTER_SECONDS, false, 0));
        strikeFromCloak();
        long firstHit = mothership.lastAttackedTick;
        assertThat(firstHit).isPositive();
        sim.station(vigil, Role.WEAPONS).send(o -> new SetBeamsFiring(o, false));

        JumpStarted escape = sim.awaitEvent(JumpStarted.class, e -> e.shipId() == mothership.id(),
                ESCAPE_AFTER_SECONDS + mothership.hull().jumpDrive().spoolSeconds() + 5);
        assertThat(escape.tick()).isGreaterThanOrEqualTo(firstHit + Tick.ofSeconds(ESCAPE_AFTER_SECONDS));
        assertThat(mothership.inHyperspace()).isTrue();
    }

    @Test
    void enemy_without_an_escape_clock_stays_to_fight() {
        sim.crewWithEnemyAi(mothership, new EnemyAi.Config(0, false, 0));
        strikeFromCloak();
        sim.tickSeconds(ESCAPE_AFTER_SECONDS + mothership.hull().jumpDrive().spoolSeconds() + 5);
        assertThat(sim.events(JumpStarted.class)).isEmpty();
    }

    /** Cloak, scan, release and fire beams at the reactor; returns the tick of the first shot. */
    private long strikeFromCloak() {
        sim.station(vigil, Role.ENGINEERING).send(o -> new SetCloak(o, true));
        sim.tick();
        sim.station(vigil, Role.SCIENCE).send(o -> new StartScan(o, mothership.id()));
        sim.awaitEvent(ScanCompleted.class, 10);
        assertThat(mothership.contacts.detects(vigil.id())).as("unseen before the strike").isFalse();
        sim.station(vigil, Role.WEAPONS).send(o -> new SetWeaponsTarget(o, mothership.id(), "reactor"));
        sim.station(vigil, Role.CAPTAIN).send(o -> new ReleaseWeapons(o, true));
        sim.tick();
        sim.station(vigil, Role.WEAPONS).send(o -> new SetBeamsFiring(o, true));
        return sim.awaitEvent(BeamFired.class, e -> e.shipId() == vigil.id(), 1).tick();
    }
}
