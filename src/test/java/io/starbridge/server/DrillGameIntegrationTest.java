package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A human crew drills drop-and-cloak on the server: the run ends at the cloak with the server's figure
 * and the engineer's own reaction time, every station sees them, and the next run starts by itself with
 * the next seed, the same crew in the same seats.
 */
@org.junit.jupiter.api.Timeout(90)
class DrillGameIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private ServerFixture fixture;
    private TestStation helm, engineering, captain;
    private String gameId;

    @BeforeEach void start() throws Exception {
        fixture = new ServerFixture(240);
        HttpResponse<String> created = fixture.post("/api/games", "{\"drill\":\"drop-and-cloak\",\"seed\":40,\"open\":true}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        gameId = JSON.readTree(created.body()).path("id").asText();
        helm = TestStation.join(fixture.port, gameId, 1, "HELM", "Ann", null);
        engineering = TestStation.join(fixture.port, gameId, 1, "ENGINEERING", "Bo", null);
        captain = TestStation.join(fixture.port, gameId, 1, "CAPTAIN", "Cy", null);
    }

    @AfterEach void stop() {
        captain.close();
        engineering.close();
        helm.close();
        fixture.close();
    }

    @Test void a_run_is_measured_shown_to_every_station_and_followed_by_the_next_with_the_next_seed() throws Exception {
        ObjectNode first = captain.awaitState(v -> v.path("game").path("drill").path("run").asInt() == 1, "drill section", Duration.ofSeconds(5));
        assertThat(first.path("game").path("drill").path("state").asText()).isEqualTo("waiting");
        assertThat(first.path("game").path("drill").path("seed").asLong()).isEqualTo(40);

        DropAndCloakCrew.fly(helm, engineering, captain, 151);

        ObjectNode done = helm.awaitState(v -> "done".equals(v.path("game").path("drill").path("state").asText()),
                "the run's end", Duration.ofSeconds(10));
        JsonNode drill = done.path("game").path("drill");
        assertThat(drill.path("figures").path("dropToCloakMs").asLong()).isBetween(1L, 2_000L);
        assertThat(drill.path("figures").path("engineeringReactionToJumpCompletedMs").asLong()).isEqualTo(151);
        assertThat(drill.path("summary").path("dropToCloakMs").path("runs").asInt()).isEqualTo(1);
        assertThat(drill.path("history")).hasSize(1);

        // 10 simulated seconds later the next run: every station is welcomed again, same seat, next seed
        JsonNode again = engineering.await(m -> "welcome".equals(m.path("msg").asText()), "the next run", Duration.ofSeconds(15));
        assertThat(again.path("view").path("game").path("drill").path("run").asInt()).isEqualTo(2);
        assertThat(again.path("view").path("game").path("drill").path("seed").asLong()).isEqualTo(41);
        assertThat(again.path("view").path("game").path("drill").path("history")).hasSize(1);
        assertThat(again.path("you").path("role").asText()).isEqualTo("ENGINEERING");
        assertThat(again.path("you").path("name").asText()).isEqualTo("Bo");
        assertThat(again.path("gameId").asText()).isEqualTo(gameId);
        // and the crew goes on commanding the new run
        helm.await(m -> "welcome".equals(m.path("msg").asText()), "helm's next run", Duration.ofSeconds(5));
        helm.commandWithSeq(2, "PlotJump", Map.of("x", 30_000.0, "y", 0.0));
        assertThat(helm.await("ack").path("seq").asLong()).isEqualTo(2);
    }

    @Test void an_unknown_drill_or_a_path_is_refused() throws Exception {
        for (String drill : List.of("warp-drill", "/etc/passwd.yaml", "../scenarios/drills/boarding.yaml")) {
            HttpResponse<String> r = fixture.post("/api/games", "{\"drill\":\"" + drill + "\"}");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("unknown drill");
        }
        JsonNode list = JSON.readTree(fixture.get("/api/drills").body());
        assertThat(list).extracting(n -> n.path("id").asText()).contains("drop-and-cloak", "boarding");
    }
}
