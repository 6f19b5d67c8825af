package io.starbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.server.ServerConfig;
import io.starbridge.server.StarbridgeServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --data DIR}: mission files in DIR/scenarios/ join the lobby's list and can be played; bad ones are skipped. */
class ServeScenarioFilesIntegrationTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_mission_file_in_the_data_directory_is_listed_in_the_lobby_and_a_game_of_it_starts(@TempDir Path data) throws Exception {
        Path dir = Files.createDirectories(data.resolve("scenarios"));
        Files.copy(Path.of("src/test/resources/scenarios/good/patrol.yaml"), dir.resolve("patrol.yaml"));
        Files.copy(Path.of("src/test/resources/scenarios/broken/bad-hull.yaml"), dir.resolve("bad-hull.yaml"));
        Files.copy(Path.of("src/test/resources/scenarios/good/patrol-cloak.yaml"), dir.resolve("patrol-cloak.yaml"));
        ServeCommand.ScenarioFilesFound scenarios;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            scenarios = ServeCommand.withScenarioFiles(dir);
        } finally {
            System.setErr(oldErr);
        }
        StarbridgeServer server = new StarbridgeServer(new ServerConfig(0, null, 60, 60), scenarios.scenarios());
        assertThat(server.games().offerDrills(scenarios.drills())).isEmpty();
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.port();
            String list = http.send(HttpRequest.newBuilder(URI.create(base + "/api/scenarios")).build(), HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/games"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\": \"patrol\", \"open\": true}"))
                    .header("content-type", "application/json").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(list).contains("\"id\":\"patrol\"", "\"description\":\"Find the raider and destroy it\"", "\"id\":\"strike\"");
            assertThat(created.statusCode()).isBetween(200, 201);
            assertThat(created.body()).contains("\"scenario\":\"patrol\"");
            // the drill file of the same directory: listed for the lobby, and a drill game of it starts
            String drills = http.send(HttpRequest.newBuilder(URI.create(base + "/api/drills")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(drills).contains("\"id\":\"patrol-cloak\"", "\"id\":\"drop-and-cloak\"");
            HttpResponse<String> drillGame = http.send(HttpRequest.newBuilder(URI.create(base + "/api/games"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"drill\": \"patrol-cloak\", \"open\": true}"))
                    .header("content-type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(drillGame.statusCode()).as(drillGame.body()).isEqualTo(201);
            assertThat(drillGame.body()).contains("\"scenario\":\"patrol\"");
            assertThat(err.toString(StandardCharsets.UTF_8)).contains(dir.resolve("bad-hull.yaml") + ": skipped, 1 error(s):")
                    .contains("bad-hull.yaml:15:11: ships[1].hull: unknown hull class 'battleship'");
        } finally {
            server.stop();
        }
    }
}
