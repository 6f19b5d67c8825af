package io.starbridge.sim;

import static io.starbridge.sim.SimHarness.ENEMY;
import static io.starbridge.sim.SimHarness.PLAYERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.command.LaunchTorpedo;
import io.starbridge.sim.command.ReleaseWeapons;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetBeamsFiring;
import io.starbridge.sim.command.SetHeading;
import io.starbridge.sim.command.SetPower;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.command.SetWeaponsTarget;
import io.starbridge.sim.command.StartScan;
import io.starbridge.sim.event.BeamFired;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.ScanCompleted;
import io.starbridge.sim.event.ShipHit;
import io.starbridge.sim.event.TorpedoDetonated;
import io.starbridge.sim.event.TorpedoIntercepted;
import io.starbridge.sim.event.TorpedoLaunched;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import org.junit.jupiter.api.Test;

/** Beat 3: the strike — scanned targets, the captain's order, arcs, ranges, shields, torpedoes and point defence. */
class WeaponsTest {
    private final SimHarness sim = SimHarness.seeded(21);
    private final Ship vigil = sim.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, 0);
    /** 3 km ahead of Vigil, bow towards it. */
    private final Ship mothership = sim.spawn(HullCatalog.MOTHERSHIP, ENEMY, 3_000, 0, StrictMath.PI);

    @Test
    void weapons_can_target_only_subsystems_that_science_has_scanned() {
        sim.tick();
        sim.station(vigil, Role.WEAPONS).send(o -> new SetWeaponsTarget(o, mothership.id(), "reactor"));
        sim.tick();
        assertThat(reasons()).singleElement().asString().contains("not scanned");
        assertThat(vigil.weapons.targetShipId).isEqualTo(-1);

        sim.station(vigil, Role.WEAPONS).send(o -> new SetWeaponsTarget(o, mothership.id(), null));
        sim.tick();
        assertThat(reasons()).as("the whole ship needs no scan").hasSize(1);
        assertThat(vigil.weapons.targetShipId).isEqualTo(mothership.id());

        sim.station(vigil, Role.SCIENCE).send(o -> new StartScan(o, mothership.id()));
        ScanCompleted scan = sim.awaitEvent(ScanCompleted.class, 10);
        assertThat(scan.observerId()).isEqualTo(vigil.id());
        assertThat(scan.targetId()).isEqualTo(mothership.id());

        sim.station(vigil, Role.WEAPONS).send(o -> new SetWeaponsTarget(o, mothership.id(), "reactor"));
        sim.tick();
        assertThat(reasons()).hasSize(1);
        assertThat(vigil.weapons.targetSubsystemId).isEqualTo("reactor");

        sim.station(vigil, Role.WEAPONS).send(o -> new SetWeaponsTarget(o, mothership.id(), "warp-core"));
        sim.tick();
        assertThat(reasons()).hasSize(2).last().asString().contains("no subsystem 'warp-core'");
        assertThat(vigil.weapons.targetSubsystemId).isEqualTo("reactor");
    }

    @Test
    void beams_do_not_fire_before_the_captains_release() {
        targetTheReactor();
        sim.station(vigil, Role.WEAPONS).send(o -> new SetBeamsFiring(o, true));
        sim.tickSeconds(5);
        assertThat(reasons()).singleElement().asString().contains("captain");
        assertThat(sim.events(BeamFired.class)).isEmpty();
        assertThat(mothership.shieldFront).isEqualTo(mothership.hull().shieldFront());

        sim.station(vigil, Role.CAPTAIN).send(o -> new ReleaseWeapons(o, true));
        sim.station(vigil, Role.WEAPONS).send(o -> new SetBeamsFiring(o, true));
        BeamFired shot = sim.awaitEvent(BeamFired.class, 1);
        assertThat(shot.targetId()).isEqualTo(mothership.id());
        assertThat(shot.subsystemId()).isEqualTo("reactor");

        sim.station(vigil, Role.CAPTAIN).send(o -> new ReleaseWeapons(o, false));
        sim.tick();
        int shots = sim.events(BeamFired.class).size();
        sim.tickSeconds(5);
        assertThat(sim.events(BeamFired.class)).as("held again").hasSize(shots);
    }

    @Test
    void beams_do_not_fire_at_a_target_outside_their_arcs() {
        vigil.motion.heading = StrictMath.PI;
        vigil.helm.targetHeading = StrictMath.PI;
        targetTheReactor();
        releaseAndFireBeams();
        sim.tickSeconds(5);
        assertThat(sim.events(BeamFired.class)).as("target astern").isEmpty();

        sim.station(vigil, Role.HELM).send(o -> new SetHeading(o, 0));
        BeamFired shot = sim.awaitEvent(BeamFired.class, 5);
        var mount = vigil.hull().mounts().get(shot.mountIndex());
        double bearing = Angles.bearing(vigil.motion.x, vigil.motion.y, mothership.motion.x, mothership.motion.y);
        assertThat(StrictMath.abs(Angles.delta(vigil.motion.heading + mount.facing(), bearing)))
                .isLessThanOrEqualTo(mount.halfArc());
    }

    @Test
    void beams_do_not_fire_at_a_target_out_of_range() {
        mothership.motion.x = 8_000;
        targetTheReactor();
        releaseAndFireBeams();
        sim.tickSeconds(5);
        assertThat(sim.events(BeamFired.class)).as("target out of range").isEmpty();

        sim.station(vigil, Role.HELM).send(o -> new SetThrottle(o, 0.2));
        BeamFired shot = sim.awaitEvent(BeamFired.class, 30);
        double range = vigil.hull().mounts().get(shot.mountIndex()).range();
        assertThat(vigil.motion.distanceTo(mothership.motion) - mothership.hull().radius()).isLessThanOrEqualTo(range);
    }

    @Test
    void shields_absorb_damage_before_the_hull() {
        targetTheReactor();
        releaseAndFireBeams();
        var reactor = mothership.subsystem("reactor");
        sim.tickUntil("a hit gets through the shields", 120, () -> sim.events(ShipHit.class).stream()
                .anyMatch(h -> h.hullDamage() > 0));

        var hits = sim.events(ShipHit.class);
        ShipHit first = hits.get(0);
        assertThat(first.shieldAbsorbed()).isPositive();
        assertThat(first.hullDamage()).isZero();
        assertThat(first.subsystemDamage()).isZero();
        ShipHit through = hits.get(hits.size() - 1);
        int beamsBefore = hits.size() - 1;
        double beamDamage = vigil.hull().mounts().get(0).damage();
        for (ShipHit h : hits.subList(0, beamsBefore))
            assertThat(h.shieldAbsorbed()).as("fully absorbed before the shield broke").isEqualTo(beamDamage);
        assertThat(through.shieldAbsorbed()).isLessThan(beamDamage);
        assertThat(through.subsystemId()).isEqualTo("reactor");
        assertThat(mothership.shieldFront).isLessThan(beamDamage);
        assertThat(mothership.hullPoints()).isEqualTo(mothership.hull().maxHull() - through.hullDamage());
        assertThat(reactor.health()).isEqualTo(reactor.spec().maxHealth() - through.subsystemDamage());
    }

    @Test
    void torpedoes_home_on_a_moving_target_and_hit_it() {
        // Vigil faces 90° away from the mothership, which steams across its bow; point defence is off
        vigil.motion.heading = StrictMath.PI / 2;
        vigil.helm.targetHeading = StrictMath.PI / 2;
        mothership.motion.x = 8_000;
        mothership.motion.heading = -StrictMath.PI / 2;
        mothership.helm.targetHeading = -StrictMath.PI / 2;
        mothership.motion.vy = -mothership.hull().maxSpeed();
        sim.station(mothership, Role.ENGINEERING).send(o -> new SetPower(o, "point-defence", 0));
        sim.tick();
        sim.station(vigil, Role.WEAPONS).send(o -> new SetWeaponsTarget(o, mothership.id(), null));
        sim.station(vigil, Role.CAPTAIN).send(o -> new ReleaseWeapons(o, true));
        sim.station(vigil, Role.WEAPONS).send(LaunchTorpedo::new);

        TorpedoLaunched launched = sim.awaitEvent(TorpedoLaunched.class, 2);
        assertThat(launched.targetId()).as("homing on the detected target").isEqualTo(mothership.id());
        TorpedoDetonated detonated = sim.awaitEvent(TorpedoDetonated.class, 20);
        assertThat(detonated.torpedoId()).isEqualTo(launched.torpedoId());
        assertThat(detonated.hitShipId()).isEqualTo(mothership.id());
        assertThat(mothership.motion.y).as("the target moved").isLessThan(-300);
        assertThat(sim.lastTickEvents()).filteredOn(ShipHit.class::isInstance).map(ShipHit.class::cast)
                .singleElement().satisfies(h -> {
                    assertThat(h.weapon()).isEqualTo("torpedo");
                    assertThat(h.targetId()).isEqualTo(mothership.id());
                    assertThat(h.attackerId()).isEqualTo(vigil.id());
                });
        assertThat(vigil.weapons.torpedoesLeft).isEqualTo(vigil.hull().torpedoStock() - 1);
    }

    @Test
    void point_defence_can_destroy_torpedoes() {
        // a full barrage per seed; a shot hits by chance, so look over a few seeds rather than one
        int launched = 0, intercepted = 0;
        for (long seed = 1; seed <= 6; seed++) {
            SimHarness barrage = SimHarness.seeded(seed);
            Ship corvette = barrage.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, 0);
            Ship target = barrage.spawn(HullCatalog.MOTHERSHIP, ENEMY, 6_000, 0, StrictMath.PI);
            barrage.tick();
            barrage.station(corvette, Role.WEAPONS).send(o -> new SetWeaponsTarget(o, target.id(), null));
            barrage.station(corvette, Role.CAPTAIN).send(o -> new ReleaseWeapons(o, true));
            for (int i = 0; i < corvette.hull().torpedoStock(); i++)
                barrage.station(corvette, Role.WEAPONS).send(LaunchTorpedo::new);
            barrage.tickUntil("the barrage is over", 120,
                    () -> corvette.weapons.torpedoesLeft == 0 && barrage.world().torpedoes().isEmpty());

            var stopped = barrage.events(TorpedoIntercepted.class);
            assertThat(stopped).allMatch(e -> e.byShipId() == target.id());
            assertThat(barrage.events(TorpedoDetonated.class).size() + stopped.size()).as("seed %d", seed)
                    .isEqualTo(corvette.hull().torpedoStock());
            launched += barrage.events(TorpedoLaunched.class).size();
            intercepted += stopped.size();
        }
        assertThat(intercepted).isPositive().isLessThan(launched);
    }

    private java.util.List<String> reasons() {
        return sim.events(CommandRejected.class).stream().map(CommandRejected::reason).toList();
    }

    private void targetTheReactor() {
        sim.tick();
        sim.station(vigil, Role.SCIENCE).send(o -> new StartScan(o, mothership.id()));
        sim.awaitEvent(ScanCompleted.class, 10);
        sim.station(vigil, Role.WEAPONS).send(o -> new SetWeaponsTarget(o, mothership.id(), "reactor"));
        sim.tick();
    }

    private void releaseAndFireBeams() {
        sim.station(vigil, Role.CAPTAIN).send(o -> new ReleaseWeapons(o, true));
        sim.station(vigil, Role.WEAPONS).send(o -> new SetBeamsFiring(o, true));
    }
}
