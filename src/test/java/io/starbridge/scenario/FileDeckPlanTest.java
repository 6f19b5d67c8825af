package io.starbridge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.interior.DeckPlan;
import io.starbridge.sim.interior.DoorState;
import io.starbridge.sim.interior.Room;
import io.starbridge.sim.interior.ShipInterior;
import io.starbridge.sim.ship.Ship;
import org.junit.jupiter.api.Test;

/** A mission file may give a ship a deck plan of its own (scenarios/good/frigate-decks.yaml: a frigate, which has none built in). */
class FileDeckPlanTest {
    private static Mission frigateDecks(long seed) {
        var file = ScenarioFileCheck.RESOURCES.resolve("good/frigate-decks.yaml");
        return ScenarioFiles.loadMission(file.toString(), ScenarioFileCheck.bytes(file)).start(seed, null);
    }

    @Test void the_frigate_is_fitted_with_the_files_rooms_doors_and_subsystems() {
        Mission mission = frigateDecks(3);
        Ship raider = mission.world().ships().stream().filter(s -> s.name().equals("Raider")).findFirst().orElseThrow();
        ShipInterior interior = mission.world().interiors().interior(raider.id());
        assertThat(interior).isNotNull();
        DeckPlan plan = interior.plan();
        assertThat(plan.rooms()).extracting(Room::id).containsExactly("corridor", "bridge", "engine", "gunnery", "sensors", "airlock");
        assertThat(plan.rooms().get(plan.bridge()).id()).isEqualTo("bridge");
        assertThat(plan.rooms().get(plan.roomOfSubsystem("point-defence")).id()).isEqualTo("gunnery");
        assertThat(interior.door("corridor/bridge")).isEqualTo(DoorState.LOCKED);
        assertThat(interior.door("airlock/corridor")).isEqualTo(DoorState.CLOSED);
        assertThat(mission.world().interiors().captives()).filteredOn(c -> c.shipId() == raider.id()).hasSize(2);
    }

    @Test void the_same_file_and_seed_give_the_same_world() {
        Mission a = frigateDecks(5), b = frigateDecks(5);
        for (int i = 0; i < 120; i++) {
            a.step(java.util.List.of());
            b.step(java.util.List.of());
        }
        assertThat(a.world().stateHash()).isEqualTo(b.world().stateHash());
    }
}
