package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Any bytes a client sends are answered with a reason and change nothing: the game is paused by
 * its game master, so the world's state hash and the journal must stay exactly as they were.
 */
@org.junit.jupiter.api.Timeout(60)
class BadMessagesIntegrationTest {
    private ServerFixture fixture;
    private Game game;
    private TestStation gm;
    private TestStation helm;

    @BeforeEach void start() {
        fixture = new ServerFixture(60);
        game = fixture.openStrike(11);
        gm = TestStation.join(fixture.port, game.id(), 1, "GAME_MASTER", "Gail", null);
        helm = TestStation.join(fixture.port, game.id(), 1, "HELM", "Ann", null);
        gm.sendJson(Map.of("msg", "gm", "seq", 1, "action", "pause"));
        gm.await("ack");
    }

    @AfterEach void stop() {
        helm.close();
        gm.close();
        fixture.close();
    }

    @Test void garbage_truncated_json_unknown_types_nan_and_oversized_frames_are_rejected_with_a_reason_and_change_nothing()
            throws Exception {
        long hashBefore = ServerFixture.onTick(game, w -> w.stateHash());
        int journalBefore = game.journal().size();

        assertError("\u0001\u0002 garbage }{", "malformed JSON");
        assertError("{\"msg\":\"command\",\"seq\":1,\"type\":\"SetThr", "malformed JSON");
        assertError("{\"msg\":\"command\"} trailing", "malformed JSON");
        assertError("[1,2,3]", "a message must be a JSON object with a string 'msg'");
        assertError("{\"msg\":\"fly\"}", "unknown message type 'fly'");
        assertError("{\"msg\":\"command\",\"seq\":2,\"type\":\"SetThrottle\",\"throttle\":NaN}", "malformed JSON");
        assertRejected("{\"msg\":\"command\",\"seq\":3,\"type\":\"SetThrottle\",\"throttle\":1e400}", 3, "finite number");
        assertRejected("{\"msg\":\"command\",\"seq\":4,\"type\":\"SetThrottle\",\"throttle\":\"fast\"}", 4, "must be a number");
        assertRejected("{\"msg\":\"command\",\"seq\":5,\"type\":\"SetThrottle\",\"throttle\":7}", 5, "throttle must be within");
        assertRejected("{\"msg\":\"command\",\"seq\":6,\"type\":\"Warp\"}", 6, "unknown command type 'Warp'");
        assertRejected("{\"msg\":\"command\",\"seq\":7,\"type\":\"SetThrottle\",\"throttle\":1,\"shipId\":2}", 7, "comes from your seat");
        assertError("{\"msg\":\"command\",\"seq\":-1,\"type\":\"SetThrottle\",\"throttle\":1}", "'seq' must be a whole number");
        assertError("{\"msg\":\"ping\",\"clientTimeMs\":\"now\"}", "'clientTimeMs' must be a number");
        assertError("{\"msg\":\"hello\",\"v\":1}", "hello: needs field 'role'");
        assertError("{\"msg\":\"hello\",\"v\":1,\"gameId\":\"" + game.id() + "\",\"shipId\":1,\"role\":\"WEAPONS\",\"name\":\"X\"}",
                "already seated");
        assertError("{\"msg\":\"command\",\"seq\":8,\"type\":\"SetThrottle\",\"throttle\":0.5,\"pad\":\"" + "x".repeat(20_000) + "\"}",
                "message too large");
        assertError("{\"a\":" + "[".repeat(40) + "]".repeat(40) + ",\"msg\":\"ping\"}", "malformed JSON");

        helm.sendBinary(new byte[] {(byte) 0xFF, 0, 1, 2, (byte) 0xC0});
        assertThat(helm.await("error").path("reason").asText()).contains("binary frames are not supported");

        SplittableRandom random = new SplittableRandom(20240501);
        for (int i = 0; i < 30; i++) {
            byte[] bytes = new byte[1 + random.nextInt(60)];
            for (int b = 0; b < bytes.length; b++) bytes[b] = (byte) (32 + random.nextInt(95));
            String text = new String(bytes, StandardCharsets.US_ASCII);
            helm.sendText(text);
            JsonNode answer = helm.await(m -> m.path("msg").asText().equals("error") || m.path("msg").asText().equals("rejected"),
                    "an answer to " + text);
            assertThat(answer.path("reason").asText()).isNotBlank();
            helm.sendJson(Map.of("msg", "ping", "clientTimeMs", 1)); // keeps the bad-in-a-row count from closing us
            helm.await("pong");
        }

        assertThat(ServerFixture.<Long>onTick(game, w -> w.stateHash())).isEqualTo(hashBefore);
        assertThat(game.journal().size()).isEqualTo(journalBefore);
        helm.sendJson(Map.of("msg", "ping", "clientTimeMs", 1));
        assertThat(helm.await("pong").path("tick").asLong()).isEqualTo(game.tick());
    }

    @Test void a_client_that_sends_only_garbage_is_disconnected() {
        for (int i = 0; i < StationSocket.MAX_BAD_IN_A_ROW; i++) helm.sendText("nope");
        assertThat(helm.awaitClose(java.time.Duration.ofSeconds(5))).isEqualTo(1008);
    }

    private void assertError(String frame, String reason) {
        helm.sendText(frame);
        assertThat(helm.await("error").path("reason").asText()).contains(reason);
        helm.sendJson(Map.of("msg", "ping", "clientTimeMs", 1));
        helm.await("pong");
    }

    private void assertRejected(String frame, long seq, String reason) {
        helm.sendText(frame);
        JsonNode r = helm.await("rejected");
        assertThat(r.path("seq").asLong()).isEqualTo(seq);
        assertThat(r.path("reason").asText()).contains(reason);
    }
}
