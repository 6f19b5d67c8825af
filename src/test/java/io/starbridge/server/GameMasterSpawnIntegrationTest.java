package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A game master's spawn is a command like any other: acknowledged, journaled, and checked by the simulation. */
@org.junit.jupiter.api.Timeout(60)
class GameMasterSpawnIntegrationTest {
    private ServerFixture fixture;
    private Game game;
    private TestStation gm;

    @BeforeEach void start() {
        fixture = new ServerFixture(60);
        game = fixture.openStrike(5);
        gm = TestStation.join(fixture.port, game.id(), 1, "GAME_MASTER", "Gail", null);
    }

    @AfterEach void stop() {
        gm.close();
        fixture.close();
    }

    @Test void a_spawn_is_acknowledged_journaled_as_a_SpawnShip_command_and_the_ship_is_in_the_world() throws Exception {
        int shipsBefore = ServerFixture.onTick(game, w -> w.ships().size());
        gm.sendJson(Map.of("msg", "gm", "seq", 1, "action", "spawn", "hull", "frigate", "name", "Raider",
                "faction", 1, "x", 9000.0, "y", 1000.0));
        JsonNode ack = gm.await("ack");
        assertThat(ack.path("seq").asLong()).isEqualTo(1);
        long appliedTick = ack.path("tick").asLong();

        int shipsAfter = ServerFixture.onTick(game, w -> w.ships().size());
        assertThat(shipsAfter).isEqualTo(shipsBefore + 1);
        String name = ServerFixture.onTick(game, w -> w.ships().get(shipsBefore).name());
        assertThat(name).isEqualTo("Raider");
        assertThat(game.journal().entries()).anySatisfy(e -> {
            assertThat(e.tick()).isEqualTo(appliedTick);
            assertThat(e.fields()).containsEntry("type", "SpawnShip").containsEntry("hull", "frigate");
        });
    }

    @Test void an_unknown_hull_is_rejected_by_the_simulation_with_the_known_ones_and_spawns_nothing() throws Exception {
        int shipsBefore = ServerFixture.onTick(game, w -> w.ships().size());
        gm.sendJson(Map.of("msg", "gm", "seq", 2, "action", "spawn", "hull", "dreadnought", "name", "Raider",
                "faction", 1, "x", 9000.0, "y", 1000.0));
        JsonNode rejected = gm.await("rejected");
        assertThat(rejected.path("seq").asLong()).isEqualTo(2);
        assertThat(rejected.path("reason").asText()).contains("unknown hull class 'dreadnought'").contains("frigate");
        int shipsAfter = ServerFixture.onTick(game, w -> w.ships().size());
        assertThat(shipsAfter).isEqualTo(shipsBefore);
    }

    @Test void a_crew_seat_may_not_send_SpawnShip() throws Exception {
        try (TestStation helm = TestStation.join(fixture.port, game.id(), 1, "HELM", "Ann", null)) {
            helm.sendJson(Map.of("msg", "command", "seq", 1, "type", "SpawnShip", "hull", "frigate", "name", "X",
                    "faction", 1, "x", 0.0, "y", 0.0, "crewed", true));
            assertThat(helm.await("rejected").path("reason").asText()).contains("HELM may not send SpawnShip");
        }
    }
}
