package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.starbridge.scenario.ScenarioFiles;
import io.starbridge.scenario.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stations join games of mission files (their own hulls, no objectives, objectives) as they join the built-in ones. */
@Timeout(60)
class FileMissionStationIntegrationTest {
    @ParameterizedTest
    @ValueSource(strings = {"custom-hulls", "patrol", "objectives"})
    void a_station_joins_a_game_of_a_mission_file_and_sees_its_ship(String id) throws Exception {
        Path file = Path.of("src/test/resources/scenarios/good/" + id + ".yaml");
        Scenarios scenarios = Scenarios.builtIn().with(List.of(ScenarioFiles.loadMission(file.toString(), Files.readAllBytes(file))));
        StarbridgeServer server = new StarbridgeServer(ServerConfig.defaults(0), scenarios).start();
        try {
            Game game = server.games().create(id, 3L, true);
            int shipId = ServerFixture.onTick(game, w -> game.mission().playerShipIds().get(0));
            try (TestStation captain = TestStation.connect(server.port())) {
                captain.sendJson(java.util.Map.of("msg", "hello", "v", 1, "gameId", game.id(), "shipId", shipId,
                        "role", "CAPTAIN", "name", "Cap", "crewCode", ""));
                JsonNode welcome = captain.await("welcome");
                assertThat(welcome.path("view").path("ship").path("id").asInt()).as(welcome.toString()).isEqualTo(shipId);
                assertThat(welcome.path("view").path("ship").path("hullName").asText()).isNotBlank();
            }
        } finally {
            server.stop();
        }
    }

    @org.junit.jupiter.api.Test
    void the_game_master_is_offered_the_file_s_own_hull_classes_to_spawn() throws Exception {
        Path file = Path.of("src/test/resources/scenarios/good/custom-hulls.yaml");
        Scenarios scenarios = Scenarios.builtIn().with(List.of(ScenarioFiles.loadMission(file.toString(), Files.readAllBytes(file))));
        StarbridgeServer server = new StarbridgeServer(ServerConfig.defaults(0), scenarios).start();
        try {
            Game game = server.games().create("custom-hulls", 3L, true);
            try (TestStation gm = TestStation.connect(server.port())) {
                gm.sendJson(java.util.Map.of("msg", "hello", "v", 1, "gameId", game.id(), "shipId", 1,
                        "role", "GAME_MASTER", "name", "GM", "crewCode", game.seats().gameMasterCode()));
                JsonNode world = gm.await("welcome").path("view").path("world");
                assertThat(world.path("hullClasses")).extracting(JsonNode::asText)
                        .containsExactly("corvette", "frigate", "mothership", "gunboat", "heavy-gunboat", "courier");
                assertThat(world.path("ships").path("1").path("radius").asInt()).isEqualTo(40);
            }
        } finally {
            server.stop();
        }
    }
}
