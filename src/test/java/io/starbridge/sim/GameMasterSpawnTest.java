package io.starbridge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SpawnShip;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import org.junit.jupiter.api.Test;

class GameMasterSpawnTest {
    @Test
    void a_spawned_ship_appears_at_the_start_of_the_next_tick_where_the_game_master_put_it() {
        SimHarness sim = SimHarness.seeded(3);
        Ship vigil = sim.spawn(HullCatalog.CORVETTE, 0, 0, 0, 0);
        int before = sim.world().ships().size();
        sim.station(vigil, Role.GAME_MASTER).send(o -> new SpawnShip(o, "frigate", "Raider", 1, 12_000, -3_000, false));
        sim.tick();

        assertThat(sim.events(CommandRejected.class)).isEmpty();
        assertThat(sim.world().ships()).hasSize(before + 1);
        Ship raider = sim.world().ships().get(before);
        assertThat(raider.name()).isEqualTo("Raider");
        assertThat(raider.faction()).isEqualTo(1);
        assertThat(raider.hull()).isSameAs(HullCatalog.FRIGATE);
        assertThat(raider.motion.x).isCloseTo(12_000, org.assertj.core.data.Offset.offset(1.0));
        assertThat(raider.motion.y).isCloseTo(-3_000, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void a_crewed_spawn_flies_under_its_ai_and_an_uncrewed_one_drifts() {
        SimHarness sim = SimHarness.seeded(3);
        Ship vigil = sim.spawn(HullCatalog.CORVETTE, 0, 0, 0, 0);
        sim.station(vigil, Role.GAME_MASTER).send(o -> new SpawnShip(o, "frigate", "Hunter", 1, 6_000, 0, true));
        sim.station(vigil, Role.GAME_MASTER).send(o -> new SpawnShip(o, "frigate", "Hulk", 1, -6_000, 0, false));
        sim.tickSeconds(20);

        Ship hunter = byName(sim, "Hunter"), hulk = byName(sim, "Hulk");
        assertThat(hunter.motion.distanceTo(6_000, 0)).as("the crewed frigate moved").isGreaterThan(50);
        assertThat(hulk.motion.distanceTo(-6_000, 0)).as("the uncrewed one stayed").isLessThan(1);
    }

    @Test
    void the_same_spawn_at_the_same_tick_gives_the_same_world() {
        long[] hashes = new long[2];
        for (int run = 0; run < 2; run++) {
            SimHarness sim = SimHarness.seeded(9);
            Ship vigil = sim.spawn(HullCatalog.CORVETTE, 0, 0, 0, 0);
            sim.tickSeconds(1);
            sim.station(vigil, Role.GAME_MASTER).send(o -> new SpawnShip(o, "frigate", "Hunter", 1, 5_000, 1_000, true));
            sim.tickSeconds(30);
            hashes[run] = sim.world().stateHash();
        }
        assertThat(hashes[0]).isEqualTo(hashes[1]);
    }

    private static Ship byName(SimHarness sim, String name) {
        return sim.world().ships().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
