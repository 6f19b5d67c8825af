package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalReader;
import io.starbridge.replay.Replayer;
import io.starbridge.scenario.Scenarios;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A game master saves a running game; later the lobby starts it again: a new game, paused at the
 * saved tick, in exactly the saved state (hash), whose journal replays.
 */
@org.junit.jupiter.api.Timeout(60)
class SaveAndLoadIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path data;
    private ServerFixture fixture;
    private Game game;
    private TestStation gm, helm;

    @BeforeEach void start() {
        fixture = new ServerFixture(240, data);
        game = fixture.openStrike(21);
        gm = TestStation.join(fixture.port, game.id(), 1, "GAME_MASTER", "Gail", null);
        helm = TestStation.join(fixture.port, game.id(), 1, "HELM", "Ann", null);
    }

    @AfterEach void stop() {
        helm.close();
        gm.close();
        fixture.close();
    }

    @Test void a_saved_game_loads_as_a_new_paused_game_in_the_saved_state_and_its_save_replays() throws Exception {
        helm.commandWithSeq(1, "SetThrottle", Map.of("throttle", 0.6));
        helm.await("ack");
        helm.commandWithSeq(2, "SetHeading", Map.of("heading", 1.2));
        long headingTick = helm.await("ack").path("tick").asLong();
        while (game.tick() < headingTick + 30) Thread.sleep(5);

        gm.sendJson(Map.of("msg", "gm", "seq", 1, "action", "save", "name", "mid-flight"));
        JsonNode ack = gm.await("ack");
        assertThat(ack.path("seq").asLong()).isEqualTo(1);

        Path file = data.resolve("saves/mid-flight.jsonl");
        Journal saved;
        try (Reader in = Files.newBufferedReader(file)) { saved = new JournalReader().read(in); }
        assertThat(saved.endTick()).isGreaterThan(headingTick);
        assertThat(saved.commandCount()).isEqualTo(2);
        // the save is a complete journal: replay re-simulates it to the saved hash
        Replayer replayer = new Replayer(Scenarios.builtIn());
        assertThat(replayer.replay(saved, replayer.missionFor(saved), (t, events) -> { }).stateHash())
                .isEqualTo(saved.endHash());

        JsonNode listed = JSON.readTree(fixture.get("/api/saves").body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("name").asText()).isEqualTo("mid-flight");
        assertThat(listed.get(0).path("tick").asLong()).isEqualTo(saved.endTick());

        HttpResponse<String> loaded = fixture.post("/api/saves/mid-flight/load", "{\"open\":true}");
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(loaded.body());
        Game copy = fixture.server.games().get(body.path("id").asText());
        assertThat(copy).isNotNull();
        assertThat(copy.id()).isNotEqualTo(game.id());
        assertThat(body.path("paused").asBoolean()).isTrue();
        assertThat(body.path("tick").asLong()).isEqualTo(saved.endTick());
        Thread.sleep(100); // paused: the world must not move
        long hash = ServerFixture.onTick(copy, w -> w.stateHash());
        long tick = ServerFixture.onTick(copy, w -> w.tick());
        assertThat(tick).isEqualTo(saved.endTick());
        assertThat(hash).isEqualTo(saved.endHash());
    }

    @Test void bad_or_unknown_save_names_are_refused_and_change_nothing() throws Exception {
        gm.sendJson(Map.of("msg", "gm", "seq", 1, "action", "save", "name", "../../etc/passwd"));
        assertThat(gm.await("rejected").path("reason").asText()).contains("lower-case letters, digits and dashes");
        assertThat(Files.exists(data.resolve("saves"))).isFalse();

        HttpResponse<String> unknown = fixture.post("/api/saves/nothing-here/load", "");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no saved game 'nothing-here'");
        HttpResponse<String> traversal = fixture.post("/api/saves/..%2F..%2Fjournals%2Fg1/load", "");
        assertThat(traversal.statusCode()).isIn(400, 404);
        assertThat(fixture.server.games().all()).hasSize(1);
    }

    @Test void a_damaged_save_is_not_loaded() throws Exception {
        gm.sendJson(Map.of("msg", "gm", "seq", 1, "action", "save", "name", "broken"));
        gm.await("ack");
        Path file = data.resolve("saves/broken.jsonl");
        String text = Files.readString(file);
        // a different final hash: the save no longer matches what its commands give
        Files.writeString(file, text.replaceFirst("\"hash\":\"[0-9a-f]{16}\"}\\s*$", "\"hash\":\"0123456789abcdef\"}\n"));
        HttpResponse<String> r = fixture.post("/api/saves/broken/load", "");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("does not replay to the state it was saved in");
        assertThat(fixture.server.games().all()).hasSize(1);
    }

    @Test void a_server_without_data_keeps_no_saves() throws Exception {
        try (ServerFixture bare = new ServerFixture(60)) {
            Game g = bare.openStrike(3);
            try (TestStation master = TestStation.join(bare.port, g.id(), 1, "GAME_MASTER", "Gail", null)) {
                master.sendJson(Map.of("msg", "gm", "seq", 1, "action", "save", "name", "x"));
                assertThat(master.await("rejected").path("reason").asText()).contains("runs without --data");
            }
            assertThat(bare.get("/api/saves").body()).isEqualTo("[]");
        }
    }
}
