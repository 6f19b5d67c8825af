package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.CommandCodec;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets and authority on a real server: codes and tokens are long, random and only ever reach
 * their own holder; only the game-master seat (which needs the game-master code) can act as game
 * master; no request path or name reaches a file outside what is served.
 */
@Timeout(60)
class SecurityIntegrationTest {
    private static final String CODE_ALPHABET = "[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]";

    private ServerFixture fixture;
    private final List<TestStation> stations = new ArrayList<>();

    @BeforeEach void start() { fixture = new ServerFixture(60); }

    @AfterEach void stop() {
        stations.forEach(TestStation::close);
        fixture.close();
    }

    @Test void crew_and_game_master_codes_carry_100_random_bits_and_differ_between_games() throws Exception {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            JsonNode game = createClosedGame();
            String crew = game.path("crewCodes").path("1").asText();
            String gm = game.path("gameMasterCode").asText();
            assertThat(crew).matches(CODE_ALPHABET + "{20}"); // 20 symbols × 5 bits
            assertThat(gm).matches(CODE_ALPHABET + "{20}");
            assertThat(seen.add(crew)).isTrue();
            assertThat(seen.add(gm)).isTrue();
        }
    }

    @Test void no_client_ever_receives_a_code_or_another_seats_token() throws Exception {
        JsonNode game = createClosedGame();
        String id = game.path("id").asText(), crew = game.path("crewCodes").path("1").asText(), gmCode = game.path("gameMasterCode").asText();
        try (TapStation helm = TapStation.join(fixture.port, id, "HELM", "Ann", crew);
             TapStation observer = TapStation.join(fixture.port, id, "OBSERVER", "Olga", crew);
             TapStation gm = TapStation.join(fixture.port, id, "GAME_MASTER", "Gail", gmCode)) {
            helm.send("{\"msg\":\"command\",\"type\":\"SetThrottle\",\"throttle\":0.5,\"seq\":1}");
            gm.send("{\"msg\":\"gm\",\"action\":\"message\",\"text\":\"hello crew\",\"seq\":1}");
            Thread.sleep(1500); // views, deltas and events of 1.5 s reach every station
            assertThat(helm.all()).contains("\"msg\":\"ack\"").contains("GameMessage");
            assertThat(observer.all()).contains("\"msg\":\"delta\"");
            String helmToken = helm.token(), observerToken = observer.token(), gmToken = gm.token();
            assertThat(observer.all()).doesNotContain(crew, gmCode, helmToken, gmToken);
            assertThat(gm.all()).doesNotContain(crew, gmCode, helmToken, observerToken);
            assertThat(helm.all()).doesNotContain(crew, gmCode, observerToken, gmToken);
            assertThat(fixture.get("/api/games").body()).doesNotContain(crew, gmCode, helmToken);
        }
    }

    @Test void the_game_master_seat_needs_the_game_master_code_and_a_crew_code_is_not_enough() throws Exception {
        JsonNode game = createClosedGame();
        String id = game.path("id").asText(), crew = game.path("crewCodes").path("1").asText(), gmCode = game.path("gameMasterCode").asText();
        for (String wrong : List.of(crew, "", gmCode.substring(0, 19) + (gmCode.charAt(19) == 'A' ? 'B' : 'A'))) {
            TestStation s = TestStation.connect(fixture.port);
            stations.add(s);
            s.sendJson(Map.of("msg", "hello", "v", 1, "gameId", id, "shipId", 1, "role", "GAME_MASTER", "name", "Mallory", "crewCode", wrong));
            assertThat(s.await("error").path("reason").asText()).contains("wrong crew code for GAME_MASTER");
        }
        // a code read aloud and typed in lower case with spaces still works
        String typed = gmCode.toLowerCase().replaceAll("(.{5})", "$1 ").strip();
        seat(id, "GAME_MASTER", "Gail", typed);
    }

    @Test void observer_view_screen_and_crew_seats_cannot_do_any_game_master_action_and_nothing_changes() throws Exception {
        JsonNode created = createClosedGame();
        String id = created.path("id").asText(), crew = created.path("crewCodes").path("1").asText();
        Game game = fixture.server.games().get(id);
        List<TestStation> seats = List.of(seat(id, "OBSERVER", "Olga", crew), seat(id, "VIEWSCREEN", "Vic", crew),
                seat(id, "HELM", "Ann", crew), seat(id, "CAPTAIN", "Cap", crew), seat(id, "AWAY_TEAM", "Ada", crew));
        int shipsBefore = ServerFixture.onTick(game, w -> w.ships().size());
        int journalBefore = game.journal().size();
        List<Map<String, Object>> actions = List.of(Map.of("action", "pause"), Map.of("action", "resume"),
                Map.of("action", "message", "text", "I am the captain now"),
                Map.of("action", "spawn", "hull", "mothership", "x", 0, "y", 0, "faction", 1));
        long seq = 100;
        for (TestStation s : seats) {
            for (Map<String, Object> action : actions) {
                Map<String, Object> m = new java.util.HashMap<>(action);
                m.put("msg", "gm");
                m.put("seq", ++seq);
                s.sendJson(m);
                JsonNode r = s.await("rejected");
                assertThat(r.path("seq").asLong()).isEqualTo(seq);
                assertThat(r.path("reason").asText()).contains("may not send game-master actions");
            }
        }
        TestStation observer = seats.get(0);
        for (String type : CommandCodec.typeNames()) {
            observer.commandWithSeq(++seq, type, Map.of());
            assertThat(observer.await("rejected").path("reason").asText()).isNotBlank();
        }
        assertThat(game.paused()).isFalse();
        assertThat(ServerFixture.<Integer>onTick(game, w -> w.ships().size())).isEqualTo(shipsBefore);
        assertThat(game.journal().size()).isEqualTo(journalBefore);
    }

    @Test void a_resume_token_one_character_off_is_refused() throws Exception {
        Game game = fixture.openStrike(3);
        String token;
        try (TapStation helm = TapStation.join(fixture.port, game.id(), "HELM", "Ann", null)) { token = helm.token(); }
        String off = token.substring(0, 31) + (token.charAt(31) == '0' ? '1' : '0');
        TestStation thief = TestStation.connect(fixture.port);
        stations.add(thief);
        thief.sendJson(Map.of("msg", "resume", "v", 1, "token", off));
        assertThat(thief.await("error").path("reason").asText()).contains("unknown or expired resume token");
        assertThat(token).matches("[0-9a-f]{32}");
    }

    @Test void static_file_paths_cannot_climb_out_of_the_web_folder() throws Exception {
        // a resource on the classpath beside /web, never served
        String outside = Stream.of("scenarios/drills/drop-and-cloak.yaml", "scenarios/drills/drop-and-cloak.json")
                .filter(p -> getClass().getResource("/" + p) != null).findFirst().orElseThrow();
        String secret = new String(getClass().getResourceAsStream("/" + outside).readAllBytes()).lines()
                .filter(l -> l.strip().length() > 8).findFirst().orElseThrow();
        for (String path : List.of("/../" + outside, "/%2e%2e/" + outside, "/%2E%2E/" + outside, "/..%2f" + outside,
                "/..%2F" + outside, "/lobby/../../" + outside, "/lobby/%2e%2e/%2e%2e/" + outside, "/webjars/../" + outside,
                "/webjars/..%2f..%2f" + outside, "/%252e%252e/" + outside, "/..\\" + outside, "/.%2e/" + outside,
                "/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..;/" + outside)) {
            Raw r = rawGet(path);
            assertThat(r == null ? 400 : r.statusCode()).as(path).isNotEqualTo(200);
            if (r != null) assertThat(r.body()).as(path).doesNotContain(secret).doesNotContain("root:x:0:0");
        }
        assertThat(rawGet("/index.html").statusCode()).as("the same raw GET does serve /web").isEqualTo(200);
        assertThat(fixture.get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test void a_scenario_name_with_a_path_creates_no_file(@TempDir Path data) throws Exception {
        StarbridgeServer server = new StarbridgeServer(new ServerConfig(0, data, 60, 60), Scenarios.builtIn()).start();
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            for (String name : List.of("../../evil", "..%2F..%2Fevil", "/tmp/evil", "strike/../../evil", "strike\u0000")) {
                HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/games"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TestStation.JSON.writeValueAsString(Map.of("scenario", name))))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(name).isEqualTo(400);
            }
            try (Stream<Path> files = Files.walk(data.getParent(), 3)) {
                assertThat(files.filter(p -> p.getFileName().toString().contains("evil"))).isEmpty();
            }
        } finally {
            server.stop();
        }
    }

    private JsonNode createClosedGame() throws Exception {
        HttpResponse<String> r = fixture.post("/api/games", "{\"scenario\":\"strike\",\"seed\":9}");
        assertThat(r.statusCode()).isEqualTo(201);
        return TestStation.JSON.readTree(r.body());
    }

    private TestStation seat(String gameId, String role, String name, String code) {
        TestStation s = TestStation.join(fixture.port, gameId, 1, role, name, code);
        stations.add(s);
        return s;
    }

    /** A GET with the path sent exactly as written (java.net.URI would normalise or refuse some). */
    private Raw rawGet(String path) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", fixture.port)) { // closing the helm above released the seat: fine
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (answer.isEmpty()) return null;
            int status = Integer.parseInt(answer.substring(9, 12));
            String body = answer.contains("\r\n\r\n") ? answer.substring(answer.indexOf("\r\n\r\n") + 4) : "";
            return new Raw(status, body);
        }
    }

    private record Raw(int statusCode, String body) {}
}
