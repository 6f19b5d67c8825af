package io.starbridge.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starbridge.sim.Tick;
import io.starbridge.sim.event.BeamFired;
import io.starbridge.sim.event.BecameDerelict;
import io.starbridge.sim.event.ShipDestroyed;
import io.starbridge.sim.event.ShipHit;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.event.TorpedoLaunched;
import io.starbridge.sim.ship.Ship;
import java.util.List;
import org.junit.jupiter.api.Test;

class BattlefieldScenarioTest {

    @Test
    void sizes_give_the_ships_per_side_and_unknown_sizes_are_refused() {
        assertThat(new BattlefieldScenario().start(1, null).world().ships()).hasSize(120);
        assertThat(new BattlefieldScenario().start(1, "large").world().ships()).hasSize(200);
        assertThat(BattlefieldScenario.shipsPerSide("huge")).isEqualTo(500);
        assertThatThrownBy(() -> new BattlefieldScenario().start(1, "tiny")).hasMessageContaining("medium");
    }

    @Test
    void the_fleets_fight_with_beams_and_torpedoes_within_the_first_minute() {
        Mission mission = new BattlefieldScenario().start(3, "medium");
        int beams = 0, torpedoes = 0, hits = 0;
        for (int i = 0; i < Tick.ofSeconds(60); i++) {
            for (SimEvent e : mission.step(List.of())) {
                if (e instanceof BeamFired) beams++;
                if (e instanceof TorpedoLaunched) torpedoes++;
                if (e instanceof ShipHit) hits++;
            }
        }
        assertThat(beams).isGreaterThan(100);
        assertThat(torpedoes).isGreaterThan(20);
        assertThat(hits).isGreaterThan(100);
    }

    @Test
    void the_same_seed_gives_the_same_battle() {
        Mission a = new BattlefieldScenario().start(5, "medium");
        Mission b = new BattlefieldScenario().start(5, "medium");
        for (int i = 0; i < Tick.ofSeconds(20); i++) {
            a.step(List.of());
            b.step(List.of());
        }
        assertThat(a.world().stateHash()).isEqualTo(b.world().stateHash());
    }

    @Test
    void a_side_wins_when_every_enemy_ship_is_destroyed_or_derelict() {
        Mission mission = new BattlefieldScenario().start(1, "medium");
        BattlefieldScenario.SidesStanding rule = new BattlefieldScenario.SidesStanding(60);
        List<Ship> ships = mission.world().ships();
        for (Ship s : ships) {
            if (s.faction() != 1) continue;
            SimEvent gone = s.id() % 2 == 0 ? new ShipDestroyed(1, s.id()) : new BecameDerelict(1, s.id());
            String outcome = rule.evaluate(mission.world(), List.of(gone));
            assertThat(outcome).isEqualTo(s == ships.get(ships.size() - 1) ? "blue" : null);
        }
        // a derelict later destroyed is not counted twice
        assertThat(rule.evaluate(mission.world(), List.of(new ShipDestroyed(2, ships.get(ships.size() - 1).id())))).isNull();
    }
}
