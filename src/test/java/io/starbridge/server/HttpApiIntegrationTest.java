package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Health, metrics, the lobby and the games API of a real server. */
@org.junit.jupiter.api.Timeout(60)
class HttpApiIntegrationTest {
    private ServerFixture fixture;

    @BeforeEach void start() { fixture = new ServerFixture(60); }

    @AfterEach void stop() { fixture.close(); }

    @Test void healthz_answers_200_with_json() throws Exception {
        HttpResponse<String> r = fixture.get("/healthz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(TestStation.JSON.readTree(r.body()).path("status").asText()).isEqualTo("ok");
    }

    @Test void metrics_expose_tick_durations_stations_and_traffic_in_prometheus_text() throws Exception {
        Game game = fixture.openStrike(1);
        try (TestStation s = TestStation.join(fixture.port, game.id(), 1, "HELM", "Ann", null)) {
            s.await("delta");
            String text = fixture.get("/metrics").body();
            assertThat(text).contains("starbridge_tick_duration_seconds_bucket", "starbridge_tick_duration_seconds_count",
                    "starbridge_stations_connected 1.0", "starbridge_sent_bytes_total", "starbridge_sent_messages_total",
                    "starbridge_tick_overruns_total");
        }
    }

    @Test void a_created_game_gives_crew_codes_to_its_creator_only_and_seats_need_them() throws Exception {
        HttpResponse<String> created = fixture.post("/api/games", "{\"scenario\":\"strike\",\"seed\":5}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode game = TestStation.JSON.readTree(created.body());
        String id = game.path("id").asText();
        String code = game.path("crewCodes").path("1").asText();
        assertThat(code).as("20 symbols of 32: 100 bits, unguessable").hasSize(20);

        try (TestStation wrong = TestStation.connect(fixture.port)) {
            wrong.sendJson(Map.of("msg", "hello", "v", 1, "gameId", id, "shipId", 1, "role", "HELM", "name", "Ann", "crewCode", "NOPE"));
            assertThat(wrong.await("error").path("reason").asText()).contains("wrong crew code");
        }
        try (TestStation helm = TestStation.join(fixture.port, id, 1, "HELM", "Ann", code)) {
            String list = fixture.get("/api/games").body();
            JsonNode games = TestStation.JSON.readTree(list);
            assertThat(games).hasSize(1);
            JsonNode g = games.get(0);
            assertThat(g.path("id").asText()).isEqualTo(id);
            assertThat(g.path("scenario").asText()).isEqualTo("strike");
            assertThat(g.path("ships").toString()).contains("\"name\":\"Vigil\"", "\"name\":\"Mothership\"");
            assertThat(g.path("stations").get(0).path("role").asText()).isEqualTo("HELM");
            assertThat(g.path("tick").asLong()).isPositive();
            assertThat(list).doesNotContain(code).doesNotContain(game.path("gameMasterCode").asText());
            assertThat(helm.await("delta").toString()).doesNotContain(code);
        }
    }

    @Test void creating_a_game_of_an_unknown_scenario_is_a_400_naming_the_known_ones() throws Exception {
        HttpResponse<String> r = fixture.post("/api/games", "{\"scenario\":\"nope\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("unknown scenario 'nope'").contains("strike");
        assertThat(fixture.post("/api/games", "{\"seed\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(fixture.post("/api/games", "{oops").statusCode()).isEqualTo(400);
    }

    @Test void the_lobby_is_served_at_the_root() throws Exception {
        HttpResponse<String> r = fixture.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsIgnoringCase("<html");
    }
}
