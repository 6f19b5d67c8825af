package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The station protocol against a real server on a free port, over real sockets (docs/protocol.md). */
@org.junit.jupiter.api.Timeout(60)
class StationProtocolIntegrationTest {
    private ServerFixture fixture;
    private Game game;

    @BeforeEach void start() {
        fixture = new ServerFixture(60);
        game = fixture.openStrike(7);
    }

    @AfterEach void stop() { fixture.close(); }

    @Test void a_station_joins_and_gets_a_welcome_with_its_full_view_then_deltas() {
        try (TestStation helm = TestStation.join(fixture.port, game.id(), 1, "HELM", "Ann", null)) {
            JsonNode welcome = helm.await(m -> true, "anything"); // the first delta after the welcome
            assertThat(welcome.path("msg").asText()).isIn("delta", "event");
            List<JsonNode> deltas = helm.drain("delta", Duration.ofMillis(300));
            assertThat(deltas).isNotEmpty();
            assertThat(deltas.get(deltas.size() - 1).path("tick").asLong()).isPositive();
        }
        try (TestStation helm = TestStation.connect(fixture.port)) {
            helm.sendJson(Map.of("msg", "hello", "v", 1, "gameId", game.id(), "shipId", 1, "role", "HELM", "name", "Bo"));
            JsonNode w = helm.await("welcome");
            assertThat(w.path("token").asText()).matches("[0-9a-f]{32}");
            assertThat(w.path("you").path("role").asText()).isEqualTo("HELM");
            assertThat(w.path("tickHz").asInt()).isEqualTo(60);
            assertThat(w.path("commands").toString()).contains("SetThrottle").doesNotContain("SetCloak");
            JsonNode view = w.path("view");
            assertThat(view.path("ship").path("name").asText()).isEqualTo("Vigil");
            assertThat(view.has("helm")).isTrue();
            assertThat(view.has("engineering")).isFalse();
            assertThat(view.toString()).doesNotContain("crewCode");
        }
    }

    @Test void a_taken_crew_seat_and_an_unknown_game_are_refused_with_a_reason() {
        try (TestStation ann = TestStation.join(fixture.port, game.id(), 1, "HELM", "Ann", null);
             TestStation bo = TestStation.connect(fixture.port)) {
            bo.sendJson(Map.of("msg", "hello", "v", 1, "gameId", game.id(), "shipId", 1, "role", "HELM", "name", "Bo"));
            assertThat(bo.await("error").path("reason").asText()).contains("HELM of ship 1 is taken by Ann");
            bo.sendJson(Map.of("msg", "hello", "v", 1, "gameId", "g99", "shipId", 1, "role", "HELM", "name", "Bo"));
            assertThat(bo.await("error").path("reason").asText()).contains("no game 'g99'");
            bo.sendJson(Map.of("msg", "hello", "v", 1, "gameId", game.id(), "shipId", 2, "role", "HELM", "name", "Bo"));
            assertThat(bo.await("error").path("reason").asText()).contains("needs a player ship");
        }
    }

    @Test void helm_cannot_engage_the_cloak_and_is_told_why() throws Exception {
        try (TestStation helm = TestStation.join(fixture.port, game.id(), 1, "HELM", "Ann", null);
             TestStation eng = TestStation.join(fixture.port, game.id(), 1, "ENGINEERING", "Cy", null)) {
            int journalBefore = game.journal().size();
            long seq = helm.command("SetCloak", Map.of("engaged", true));
            JsonNode r = helm.await("rejected");
            assertThat(r.path("seq").asLong()).isEqualTo(seq);
            assertThat(r.path("reason").asText()).contains("HELM may not send SetCloak").contains("ENGINEERING");
            assertThat(helm.drain("ack", Duration.ofMillis(200))).isEmpty();
            assertThat(game.journal().size()).isEqualTo(journalBefore);
            assertThat(ServerFixture.<Boolean>onTick(game, w -> w.ship(1).cloak.ordered)).isFalse();
            assertThat(eng.awaitState(s -> s.has("engineering"), "engineering view", Duration.ofSeconds(2))
                    .path("engineering").path("cloak").path("ordered").asBoolean()).isFalse();
        }
    }

    @Test void an_observer_cannot_send_anything() throws Exception {
        try (TestStation observer = TestStation.join(fixture.port, game.id(), 1, "OBSERVER", "Dee", null)) {
            for (String type : List.of("SetThrottle", "SetCloak", "ReleaseWeapons")) {
                Map<String, Object> fields = type.equals("SetThrottle") ? Map.of("throttle", 1.0)
                        : type.equals("SetCloak") ? Map.of("engaged", true) : Map.of("released", true);
                long seq = observer.command(type, fields);
                JsonNode r = observer.await("rejected");
                assertThat(r.path("seq").asLong()).isEqualTo(seq);
                assertThat(r.path("reason").asText()).contains("OBSERVER sends no ship commands");
            }
            assertThat(game.journal().size()).isZero();
            assertThat(ServerFixture.<Double>onTick(game, w -> w.ship(1).helm.throttle)).isZero();
            JsonNode state = observer.awaitState(s -> s.has("helm"), "observer view", Duration.ofSeconds(2));
            assertThat(state.has("engineering") && state.has("weapons") && state.has("science") && state.has("captain")).isTrue();
        }
    }

    @Test void a_dropped_station_resumes_its_seat_with_a_full_view() {
        TestStation first = TestStation.connect(fixture.port);
        first.sendJson(Map.of("msg", "hello", "v", 1, "gameId", game.id(), "shipId", 1, "role", "HELM", "name", "Ann"));
        JsonNode welcome = first.await("welcome");
        long seq = first.command("SetThrottle", Map.of("throttle", 0.5));
        first.await(m -> m.path("msg").asText().equals("ack") && m.path("seq").asLong() == seq, "ack");
        first.drop();

        try (TestStation other = TestStation.connect(fixture.port);
             TestStation again = TestStation.connect(fixture.port)) {
            other.sendJson(Map.of("msg", "hello", "v", 1, "gameId", game.id(), "shipId", 1, "role", "HELM", "name", "Bo"));
            assertThat(other.await("error").path("reason").asText()).contains("taken by Ann").contains("held");

            again.sendJson(Map.of("msg", "resume", "v", 1, "token", welcome.path("token").asText()));
            JsonNode back = again.await("welcome");
            assertThat(back.path("you")).isEqualTo(welcome.path("you"));
            assertThat(back.path("view").path("helm").path("throttle").asDouble()).isEqualTo(0.5);
            assertThat(back.path("view").has("ship")).isTrue();
            // the seat keeps its seen sequence numbers: a resend of seq is not applied again
            again.commandWithSeq(seq, "SetThrottle", Map.of("throttle", 0.9));
            JsonNode ack = again.await("ack");
            assertThat(ack.path("seq").asLong()).isEqualTo(seq);
        }
        try (TestStation stranger = TestStation.connect(fixture.port)) {
            stranger.sendJson(Map.of("msg", "resume", "v", 1, "token", "0123456789abcdef0123456789abcdef"));
            assertThat(stranger.await("error").path("reason").asText()).contains("unknown or expired resume token");
        }
    }

    @Test void a_resent_sequence_number_is_acked_again_but_applied_once() throws Exception {
        try (TestStation helm = TestStation.join(fixture.port, game.id(), 1, "HELM", "Ann", null)) {
            helm.commandWithSeq(41, "SetThrottle", Map.of("throttle", 0.3));
            JsonNode first = helm.await("ack");
            helm.commandWithSeq(41, "SetThrottle", Map.of("throttle", 0.9));
            JsonNode second = helm.await("ack");
            assertThat(second.path("seq").asLong()).isEqualTo(41);
            assertThat(second.path("tick").asLong()).isEqualTo(first.path("tick").asLong());
            assertThat(game.journal().entries()).hasSize(1);
            assertThat(helm.awaitState(s -> s.path("tick").asLong() > second.path("tick").asLong() + 3, "later view",
                    Duration.ofSeconds(2)).path("helm").path("throttle").asDouble()).isEqualTo(0.3);
            assertThat(ServerFixture.<Double>onTick(game, w -> w.ship(1).helm.throttle)).isEqualTo(0.3);
        }
    }

    @Test void the_sender_sees_its_command_take_effect_in_a_delta_then_gets_the_ack_of_that_tick() {
        try (TestStation helm = TestStation.join(fixture.port, game.id(), 1, "HELM", "Ann", null)) {
            long seq = helm.command("SetThrottle", Map.of("throttle", 0.25));
            JsonNode delta = helm.await(m -> m.path("msg").asText().equals("delta")
                    && m.path("helm").path("throttle").asDouble(-1) == 0.25, "delta with the throttle");
            // the very next message: the commanding station's delta goes out first, its ack right behind it
            JsonNode next = helm.await(m -> true, "the message after the delta");
            assertThat(next.path("msg").asText()).isEqualTo("ack");
            assertThat(next.path("seq").asLong()).isEqualTo(seq);
            assertThat(next.path("tick").asLong()).isEqualTo(delta.path("tick").asLong());
        }
    }

    @Test void a_command_the_simulation_refuses_comes_back_as_rejected_with_its_reason() {
        try (TestStation captain = TestStation.join(fixture.port, game.id(), 1, "CAPTAIN", "Eve", null)) {
            long seq = captain.command("ExecuteJump", Map.of());
            captain.await(m -> m.path("msg").asText().equals("ack") && m.path("seq").asLong() == seq, "ack");
            JsonNode r = captain.await("rejected");
            assertThat(r.path("seq").asLong()).isEqualTo(seq);
            assertThat(r.path("reason").asText()).startsWith("ExecuteJump: ");
            assertThat(r.path("tick").asLong()).isPositive();
        }
    }

    @Test void ping_answers_with_the_server_clock_and_tick() {
        try (TestStation s = TestStation.join(fixture.port, game.id(), 1, "VIEWSCREEN", "Fox", null)) {
            s.sendJson(Map.of("msg", "ping", "clientTimeMs", 12345.5));
            JsonNode pong = s.await("pong");
            assertThat(pong.path("clientTimeMs").asDouble()).isEqualTo(12345.5);
            assertThat(pong.path("serverTimeMs").asLong()).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(5000L));
            assertThat(pong.path("tick").asLong()).isPositive();
        }
    }
}
