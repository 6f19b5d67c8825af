package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.starbridge.scenario.LastOfItsKindScenario;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Beat 6 over real sockets: comms speaks on the suit channel, the away-team station hears it (and the
 * away team answers); the enemy's side hears nothing; a bad message is refused with a reason.
 */
@org.junit.jupiter.api.Timeout(60)
class SuitCommsIntegrationTest {
    private ServerFixture fixture;
    private Game game;
    private int vigil, enemy;

    @BeforeEach void start() throws Exception {
        fixture = new ServerFixture(60);
        game = fixture.server.games().create(LastOfItsKindScenario.ID, 5L, true);
        vigil = ServerFixture.<Integer>onTick(game, w -> w.ships().get(0).id());
        enemy = ServerFixture.<Integer>onTick(game, w -> w.ships().get(1).id());
    }

    @AfterEach void stop() { fixture.close(); }

    @Test void the_away_team_hears_comms_and_answers_and_the_enemy_hears_nothing() {
        try (TestStation comms = TestStation.join(fixture.port, game.id(), vigil, "COMMS", "Cora", null);
             TestStation away = TestStation.join(fixture.port, game.id(), vigil, "AWAY_TEAM", "Okafor", null);
             TestStation enemyWatch = TestStation.join(fixture.port, game.id(), enemy, "OBSERVER", "Olly", null)) {
            comms.command("SendMessage", Map.of("channel", "suit", "text", "Return to the airlock"));
            JsonNode heard = away.await(m -> isEvent(m, "CommsMessage"), "the message on the away-team station");
            assertThat(heard.path("shipId").asInt()).isEqualTo(vigil);
            assertThat(heard.path("channel").asText()).isEqualTo("suit");
            assertThat(heard.path("fromRole").asText()).isEqualTo("COMMS");
            assertThat(heard.path("fromMember").asText()).isNotBlank();
            assertThat(heard.path("text").asText()).isEqualTo("Return to the airlock");

            away.command("SendMessage", Map.of("channel", "suit", "text", "On our way — three minutes"));
            JsonNode answer = comms.await(m -> isEvent(m, "CommsMessage") && m.path("fromRole").asText().equals("AWAY_TEAM"),
                    "the away team's answer on the comms station");
            assertThat(answer.path("text").asText()).isEqualTo("On our way — three minutes");

            assertThat(enemyWatch.drain("event", Duration.ofMillis(400)))
                    .noneMatch(m -> m.path("kind").asText().equals("CommsMessage"));
        }
    }

    @Test void a_message_on_an_unknown_channel_or_with_a_control_character_is_refused_with_a_reason() {
        try (TestStation comms = TestStation.join(fixture.port, game.id(), vigil, "COMMS", "Cora", null);
             TestStation helm = TestStation.join(fixture.port, game.id(), vigil, "HELM", "Hal", null)) {
            long hail = comms.command("SendMessage", Map.of("channel", "ship", "text", "Vigil calling"));
            JsonNode refused = comms.await(m -> m.path("msg").asText().equals("rejected") && m.path("seq").asLong() == hail, "the refusal");
            assertThat(refused.path("reason").asText()).contains("no channel 'ship'");

            long bell = comms.command("SendMessage", Map.of("channel", "suit", "text", "ring\u0007"));
            assertThat(comms.await(m -> m.path("msg").asText().equals("rejected") && m.path("seq").asLong() == bell, "the refusal")
                    .path("reason").asText()).contains("control characters");

            long fromHelm = helm.command("SendMessage", Map.of("channel", "suit", "text", "Helm here"));
            assertThat(helm.await(m -> m.path("msg").asText().equals("rejected") && m.path("seq").asLong() == fromHelm, "the refusal")
                    .path("reason").asText()).contains("HELM may not send SendMessage");
        }
    }

    private static boolean isEvent(JsonNode m, String kind) {
        return m.path("msg").asText().equals("event") && m.path("kind").asText().equals(kind);
    }
}
