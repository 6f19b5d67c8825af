package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A station reports with its command how long after displaying an event its input came; the server
 * checks the report against the event's tick and keeps the first one per role and cue as a figure.
 */
@org.junit.jupiter.api.Timeout(60)
class StationReactionTimesIntegrationTest {
    private ServerFixture fixture;
    private Game game;
    private TestStation helm, engineering, captain;

    @BeforeEach void start() {
        fixture = new ServerFixture(240);
        game = fixture.openStrike(8);
        helm = TestStation.join(fixture.port, game.id(), 1, "HELM", "Ann", null);
        engineering = TestStation.join(fixture.port, game.id(), 1, "ENGINEERING", "Bo", null);
        captain = TestStation.join(fixture.port, game.id(), 1, "CAPTAIN", "Cy", null);
    }

    @AfterEach void stop() {
        captain.close();
        engineering.close();
        helm.close();
        fixture.close();
    }

    @Test void the_captains_own_reaction_to_the_spooled_drive_becomes_a_figure_and_a_made_up_one_does_not() throws Exception {
        helm.commandWithSeq(1, "PlotJump", Map.of("x", 40_000.0, "y", 0.0));
        helm.await("ack");
        engineering.commandWithSeq(1, "SpoolJumpDrive", Map.of());
        engineering.await("ack");
        JsonNode spooled = captain.await(m -> "event".equals(m.path("msg").asText()) && "JumpSpooled".equals(m.path("kind").asText()),
                "JumpSpooled", java.time.Duration.ofSeconds(20));
        long cueTick = spooled.path("tick").asLong();

        // engineering claims a reaction to a spool that never happened at that tick: not believed
        engineering.commandWithSeq(2, "SetPower", Map.of("subsystemId", "life", "allocation", 1.2,
                "react", List.of(Map.of("event", "JumpSpooled", "tick", cueTick + 7, "ms", 50))));
        engineering.await("ack");
        captain.commandWithSeq(1, "ExecuteJump", Map.of("react", List.of(Map.of("event", "JumpSpooled", "tick", cueTick, "ms", 183.6))));
        captain.await("ack");

        Map<String, Long> figures = game.onTickThread(w -> game.figures()).get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(figures).containsEntry("captainReactionToJumpSpooledMs", 184L)
                .doesNotContainKey("engineeringReactionToJumpSpooledMs");
    }
}
