package io.starbridge.sim;

import static io.starbridge.sim.SimHarness.ENEMY;
import static io.starbridge.sim.SimHarness.PLAYERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.starbridge.sim.command.CombatManeuver;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetHeading;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.event.CombatManeuverStarted;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.ManeuverSpec;
import io.starbridge.sim.ship.Ship;
import org.junit.jupiter.api.Test;

/** The cast: a small agile corvette against a vast, slow mothership; the helm evades with combat manoeuvres. */
class FlightTest {

    @Test
    void corvette_out_accelerates_the_mothership_many_times_over() {
        double corvette = speedAfterOneSecondAtFullThrottle(HullCatalog.CORVETTE);
        double mothership = speedAfterOneSecondAtFullThrottle(HullCatalog.MOTHERSHIP);
        assertThat(mothership).isPositive();
        assertThat(corvette / mothership).isGreaterThan(10);
    }

    @Test
    void corvette_out_turns_the_mothership_many_times_over() {
        double corvette = turnInOneSecond(HullCatalog.CORVETTE);
        double mothership = turnInOneSecond(HullCatalog.MOTHERSHIP);
        assertThat(mothership).isPositive();
        assertThat(corvette / mothership).isGreaterThan(10);
    }

    @Test
    void combat_manoeuvre_costs_charge_and_heat_and_kicks_the_ship_sideways() {
        SimHarness sim = SimHarness.seeded(1);
        Ship vigil = sim.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, 0);
        ManeuverSpec spec = vigil.hull().maneuver();
        sim.tick();
        sim.station(vigil, Role.HELM).send(o -> new CombatManeuver(o, 0, 1));
        sim.tick();

        assertThat(sim.lastTickEvents()).contains(new CombatManeuverStarted(sim.tickNow(), vigil.id(), 0, 1));
        // one tick of recharge and cooling has already passed after the burst was paid for
        assertThat(vigil.helm.maneuverCharge)
                .isCloseTo(1 - spec.chargeCost() + spec.rechargePerSecond() * Tick.DT, within(1e-9));
        assertThat(vigil.helm.heat).isCloseTo(spec.heatPerBurst() - spec.coolingPerSecond() * Tick.DT, within(1e-9));
        assertThat(vigil.motion.vy).as("strafed to the left").isPositive();
        sim.tickSeconds(spec.burstSeconds());
        assertThat(vigil.motion.vy).isCloseTo(spec.acceleration() * spec.burstSeconds(), within(spec.acceleration() * Tick.DT));
    }

    @Test
    void combat_manoeuvre_is_rejected_when_the_charge_is_short() {
        SimHarness sim = SimHarness.seeded(1);
        Ship vigil = sim.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, 0);
        int affordable = (int) (1 / vigil.hull().maneuver().chargeCost());
        sim.tick(); // thrusters get power in the first tick
        for (int i = 0; i < affordable; i++) {
            sim.station(vigil, Role.HELM).send(o -> new CombatManeuver(o, 1, 0));
            sim.tick();
        }
        assertThat(sim.events(CombatManeuverStarted.class)).hasSize(affordable);
        double charge = vigil.helm.maneuverCharge;

        sim.station(vigil, Role.HELM).send(o -> new CombatManeuver(o, 1, 0));
        sim.tick();
        assertThat(sim.events(CombatManeuverStarted.class)).hasSize(affordable);
        assertThat(sim.events(CommandRejected.class)).singleElement()
                .extracting(CommandRejected::reason).asString().contains("charge");
        assertThat(vigil.helm.maneuverCharge).as("a rejected burst costs nothing").isGreaterThan(charge);
    }

    @Test
    void combat_manoeuvre_is_rejected_when_the_thrusters_overheat() {
        SimHarness sim = SimHarness.seeded(1);
        Ship vigil = sim.spawn(HullCatalog.CORVETTE, PLAYERS, 0, 0, 0);
        ManeuverSpec spec = vigil.hull().maneuver();
        // burst whenever the charge allows until the heat locks the thrusters (the charge nearly keeps
        // pace with the cooling, so this takes a while)
        sim.tick();
        sim.tickUntil("thrusters overheat", 180, () -> {
            if (vigil.helm.maneuverCharge >= spec.chargeCost())
                sim.station(vigil, Role.HELM).send(o -> new CombatManeuver(o, 0, -1));
            return vigil.helm.overheated;
        });
        assertThat(sim.events(CommandRejected.class)).isEmpty();
        sim.tickUntil("charge for another burst", 10, () -> vigil.helm.maneuverCharge >= spec.chargeCost());
        assertThat(vigil.helm.overheated).isTrue();

        int bursts = sim.events(CombatManeuverStarted.class).size();
        sim.station(vigil, Role.HELM).send(o -> new CombatManeuver(o, 0, -1));
        sim.tick();
        assertThat(sim.events(CombatManeuverStarted.class)).hasSize(bursts);
        assertThat(sim.events(CommandRejected.class)).singleElement()
                .extracting(CommandRejected::reason).asString().contains("overheated");
    }

    private static double speedAfterOneSecondAtFullThrottle(HullClass hull) {
        SimHarness sim = SimHarness.seeded(1);
        Ship ship = sim.spawn(hull, hull == HullCatalog.CORVETTE ? PLAYERS : ENEMY, 0, 0, 0);
        sim.station(ship, Role.HELM).send(o -> new SetThrottle(o, 1));
        sim.tickSeconds(1);
        return ship.motion.speed();
    }

    private static double turnInOneSecond(HullClass hull) {
        SimHarness sim = SimHarness.seeded(1);
        Ship ship = sim.spawn(hull, hull == HullCatalog.CORVETTE ? PLAYERS : ENEMY, 0, 0, 0);
        sim.station(ship, Role.HELM).send(o -> new SetHeading(o, StrictMath.PI * 0.9));
        sim.tickSeconds(1);
        return ship.motion.heading;
    }
}
