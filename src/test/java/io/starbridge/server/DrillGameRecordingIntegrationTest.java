package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.starbridge.scenario.Scenarios;
import io.starbridge.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served drill run lands in the store as a drill result of its crew — the same table the headless
 * {@code drill --data} fills, so the after-action chart shows human and bot runs alike.
 */
@org.junit.jupiter.api.Timeout(90)
class DrillGameRecordingIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path data;

    @Test void a_finished_run_of_a_drill_game_is_a_drill_result_with_the_stations_reaction_times() throws Exception {
        try (Store store = Store.open(data)) {
            StarbridgeServer server = new StarbridgeServer(new ServerConfig(0, data, 240, 60), Scenarios.builtIn(), store).start();
            try {
                Game game = server.games().createDrill("drop-and-cloak", 70L, true);
                try (TestStation helm = TestStation.join(server.port(), game.id(), 1, "HELM", "Ann", null);
                     TestStation engineering = TestStation.join(server.port(), game.id(), 1, "ENGINEERING", "Bo", null);
                     TestStation captain = TestStation.join(server.port(), game.id(), 1, "CAPTAIN", "Cy", null)) {
                    DropAndCloakCrew.fly(helm, engineering, captain, 222);
                    // the run is recorded when the next one replaces it
                    engineering.await(m -> "welcome".equals(m.path("msg").asText()), "the next run", Duration.ofSeconds(30));
                }
                JsonNode results = null;
                for (long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos(); System.nanoTime() < deadline; Thread.sleep(50)) {
                    results = JSON.readTree(get(server.port(), "/api/drills/drop-and-cloak/results"));
                    if (results.path("runs").size() > 0) break;
                }
                assertThat(results.path("runs")).as(String.valueOf(results)).hasSize(1);
                JsonNode run = results.path("runs").get(0);
                assertThat(run.path("seed").asLong()).isEqualTo(70);
                assertThat(run.path("runIndex").asInt()).isZero();
                assertThat(run.path("crew").asText()).isEqualTo("Ann, Bo, Cy");
                assertThat(run.path("figures").path("dropToCloakMs").asLong()).isPositive();
                assertThat(run.path("figures").path("engineeringReactionToJumpCompletedMs").asLong()).isEqualTo(222);
                // the after-action timeline shows the engineer's own report, kept in the run's journal
                JsonNode timeline = JSON.readTree(get(server.port(), "/api/runs/" + run.path("runId").asText() + "/timeline"));
                assertThat(timeline.path("reactions")).as(timeline.path("reactions").toString()).anySatisfy(r -> {
                    assertThat(r.path("role").asText()).isEqualTo("ENGINEERING");
                    assertThat(r.path("event").asText()).isEqualTo("JumpCompleted");
                    assertThat(r.path("reactionMs").asLong()).isEqualTo(222);
                });
            } finally {
                server.stop();
            }
        }
    }

    private static String get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
