package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.starbridge.cli.Main;
import io.starbridge.scenario.LastOfItsKindScenario;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.DeckPlan;
import io.starbridge.sim.interior.Room;
import io.starbridge.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server with a data directory records every finished game as a run — at its outcome, or when stopped
 * without one — and serves it for after-action review: the run list, timeline, views re-simulated at any
 * tick and the journal, which {@code replay} verifies. Bad ids and ticks are refused.
 */
@Timeout(120)
class AfterActionIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir Path data;
    private Store store;
    private StarbridgeServer server;

    @AfterEach void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    private StarbridgeServer start(double ticksPerSecond) {
        if (store == null) store = Store.open(data);
        server = new StarbridgeServer(new ServerConfig(0, data, ticksPerSecond, 60), Scenarios.builtIn(), store).start();
        return server;
    }

    @Test
    void a_game_stopped_without_an_outcome_is_a_run_after_a_restart_and_its_journal_replays() throws Exception {
        start(240);
        Game game = server.games().create("strike", 21L, true);
        try (TestStation helm = TestStation.join(server.port(), game.id(), 1, "HELM", "Ann", null)) {
            long seq = helm.command("SetThrottle", Map.of("throttle", 0.8));
            helm.await(m -> "ack".equals(m.path("msg").asText()) && m.path("seq").asLong() == seq, "ack");
            long until = ServerFixture.onTick(game, w -> w.tick()) + 200;
            while (ServerFixture.onTick(game, w -> w.tick()) < until) Thread.sleep(20);
        }
        server.stop();
        start(60); // the same data directory: the run is still there

        JsonNode runs = getJson("/api/runs");
        assertThat(runs).hasSize(1);
        JsonNode run = runs.get(0);
        assertThat(run.get("id").asText()).isEqualTo("r1");
        assertThat(run.get("kind").asText()).isEqualTo("mission");
        assertThat(run.get("gameId").asText()).isEqualTo(game.id());
        assertThat(run.get("crew").asText()).isEqualTo("Ann");
        assertThat(run.get("outcome").isNull()).isTrue();
        assertThat(run.get("completed").asBoolean()).isFalse();
        assertThat(run.get("ticks").asLong()).isGreaterThanOrEqualTo(200);
        assertThat(getJson("/api/runs/r1")).isEqualTo(run);

        HttpResponse<String> journal = get("/api/runs/r1/journal");
        assertThat(journal.statusCode()).isEqualTo(200);
        assertThat(journal.headers().firstValue("content-disposition").orElse("")).contains("attachment", ".jsonl");
        assertThat(replayExitCode(journal.body())).as("replay FILE verifies the exported journal").isZero();

        JsonNode timeline = getJson("/api/runs/r1/timeline");
        assertThat(timeline.get("endTick").asLong()).isEqualTo(run.get("ticks").asLong());
        assertThat(timeline.get("actions")).anySatisfy(a -> {
            assertThat(a.get("role").asText()).isEqualTo("HELM");
            assertThat(a.get("type").asText()).isEqualTo("SetThrottle");
        });
        JsonNode early = getJson("/api/runs/r1/view?tick=10");
        JsonNode late = getJson("/api/runs/r1/view?tick=" + run.get("ticks").asLong());
        assertThat(early.get("view").get("tick").asLong()).isEqualTo(10);
        assertThat(late.get("view").get("ship").get("x")).isNotEqualTo(early.get("view").get("ship").get("x"));

        for (String body : new String[] {getText("/api/runs"), journal.body(), getText("/api/runs/r1/timeline"), late.toString()})
            assertThat(body.toLowerCase()).doesNotContain("crewcode", "token", "gamemastercode", "personid");
    }

    @Test
    void a_game_is_recorded_at_its_outcome_while_it_stays_open_and_the_export_ends_there() throws Exception {
        start(20 * 60); // 20× real time: Vigil's own self-destruct goes off in 6 s
        Game game = server.games().create(LastOfItsKindScenario.ID, 5L, true);
        int vigil = ServerFixture.<Integer>onTick(game, w -> w.ships().iterator().next().id());
        try (TestStation captain = join(game, vigil, "CAPTAIN", "Ann", "person-ann-0001");
             TestStation away = join(game, vigil, "AWAY_TEAM", "Bo", "person-bo-0002")) {
            int member = walkToBridge(game, vigil, away);
            captain.command("ConfirmSelfDestruct", Map.of("targetShipId", vigil, "memberAtConsole", -1));
            away.command("ConfirmSelfDestruct", Map.of("targetShipId", vigil, "memberAtConsole", member));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (getJson("/api/runs").isEmpty()) {
                assertThat(System.nanoTime()).as("the run recorded at the outcome").isLessThan(deadline);
                Thread.sleep(100);
            }
        }
        JsonNode run = getJson("/api/runs/r1");
        assertThat(run.get("outcome").asText()).isEqualTo("defeat");
        assertThat(run.get("completed").asBoolean()).isTrue();
        assertThat(run.get("crew").asText()).isEqualTo("Ann, Bo");
        long until = run.get("ticks").asLong() + 120;
        while (game.tick() < until) Thread.sleep(20); // the game goes on after its outcome; the run does not
        assertThat(server.games().get(game.id())).isNotNull();

        String exported = getText("/api/runs/r1/journal");
        assertThat(exported.strip().lines().reduce((a, b) -> b).orElseThrow())
                .contains("\"end\":" + run.get("ticks").asLong(), "\"outcome\":\"defeat\"", run.get("stateHash").asText());
        assertThat(replayExitCode(exported)).isZero();
        JsonNode timeline = getJson("/api/runs/r1/timeline");
        assertThat(timeline.get("events")).extracting(e -> e.get("kind").asText())
                .contains("SelfDestructConfirmed", "SelfDestructArmed", "SelfDestructDetonated");
        assertThat(timeline.get("whereabouts")).anySatisfy(m -> assertThat(m.get("moves").size()).isGreaterThan(1));
    }

    @Test
    void bad_run_ids_ticks_and_drill_ids_are_refused_without_touching_anything() throws Exception {
        start(60);
        for (String path : new String[] {"/api/runs/r1", "/api/runs/r0", "/api/runs/1", "/api/runs/..%2F..%2Fstarbridge.db",
                "/api/runs/r99999999999999999999/journal", "/api/runs/r1/timeline", "/api/runs/r1/view?tick=1",
                "/api/drills/..%2Fx/results", "/api/drills/DROP/results"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(path).isNotBlank();
        }
        assertThat(get("/api/runs/r1%00").statusCode()).isBetween(400, 404);
        Game game = server.games().create("strike", 3L, true);
        server.stop();
        start(60);
        assertThat(getJson("/api/runs").get(0).get("gameId").asText()).isEqualTo(game.id());
        for (String tick : new String[] {"-1", "abc", "", "99999999", "1e3"}) {
            HttpResponse<String> r = get("/api/runs/r1/view?tick=" + tick);
            assertThat(r.statusCode()).as("tick=" + tick).isEqualTo(400);
            assertThat(r.body()).contains("'tick' must be");
        }
        assertThat(get("/api/drills/drop-and-cloak/results?crew=").statusCode()).isEqualTo(400);
        JsonNode empty = getJson("/api/drills/drop-and-cloak/results");
        assertThat(empty.get("runs")).isEmpty();
        assertThat(getJson("/api/runs")).hasSize(1);
    }

    /** Runs {@code replay FILE} on the text; 0 when every checkpoint and the end hash match. */
    private int replayExitCode(String journal) throws Exception {
        Path file = Files.writeString(data.resolve("exported-" + System.nanoTime() + ".jsonl"), journal);
        return Main.run("replay", file.toString(), "--json");
    }

    private TestStation join(Game game, int shipId, String role, String name, String personId) {
        TestStation s = TestStation.connect(server.port());
        Map<String, Object> hello = new HashMap<>(Map.of("msg", "hello", "v", 1, "gameId", game.id(), "shipId", shipId,
                "role", role, "name", name, "personId", personId));
        s.sendJson(hello);
        s.await("welcome");
        return s;
    }

    /** Sends the first team member to Vigil's bridge and waits until they stand there; returns the member id. */
    private static int walkToBridge(Game game, int vigil, TestStation away) throws Exception {
        double[] target = ServerFixture.onTick(game, w -> {
            AwayMember m = w.interiors().team(vigil).get(0);
            DeckPlan plan = w.interiors().interior(vigil).plan();
            Room bridge = plan.room(plan.bridge());
            return new double[] {m.id(), bridge.centreX(), bridge.centreY()};
        });
        int id = (int) target[0];
        away.command("MoveTo", Map.of("memberIds", Integer.toString(id), "targetShipId", vigil, "x", target[1], "y", target[2]));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ServerFixture.onTick(game, w -> w.whereabouts().reasonNotOnBridge(vigil, id, vigil)) != null) {
            assertThat(System.nanoTime()).as("member on Vigil's bridge in time").isLessThan(deadline);
            Thread.sleep(50);
        }
        return id;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String getText(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    private JsonNode getJson(String path) throws Exception { return JSON.readTree(getText(path)); }
}
