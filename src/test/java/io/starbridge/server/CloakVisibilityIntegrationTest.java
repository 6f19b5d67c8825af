package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A crew flies the strike approach together over real sockets (at 8× speed) while an observer
 * watches the mothership's crew view: the cloaked Vigil never appears among the mothership's
 * contacts, and appears as soon as the cloak drops.
 */
@org.junit.jupiter.api.Timeout(60)
class CloakVisibilityIntegrationTest {
    private ServerFixture fixture;
    private Game game;

    @BeforeEach void start() {
        fixture = new ServerFixture(8 * 60);
        game = fixture.openStrike(3);
    }

    @AfterEach void stop() { fixture.close(); }

    @Test void the_cloak_hides_the_ship_from_the_enemys_contacts_in_the_observer_view() {
        try (TestStation helm = TestStation.join(fixture.port, game.id(), 1, "HELM", "Ann", null);
             TestStation eng = TestStation.join(fixture.port, game.id(), 1, "ENGINEERING", "Cy", null);
             TestStation captain = TestStation.join(fixture.port, game.id(), 1, "CAPTAIN", "Eve", null);
             TestStation enemyWatch = TestStation.join(fixture.port, game.id(), 2, "OBSERVER", "Olly", null)) {
            ObjectNode captainView = captain.awaitState(s -> s.has("mission"), "mission", Duration.ofSeconds(2));
            long aimX = captainView.path("mission").path("aimX").asLong();
            long aimY = captainView.path("mission").path("aimY").asLong();

            eng.command("SetCloak", Map.of("engaged", true));
            eng.await(m -> isEvent(m, "CloakEngaged"), "cloak engaged");
            helm.command("PlotJump", Map.of("x", aimX, "y", aimY));
            helm.await("ack");
            eng.command("SpoolJumpDrive", Map.of());
            eng.await(m -> isEvent(m, "JumpSpooled"), "drive spooled", Duration.ofSeconds(10));
            captain.command("ExecuteJump", Map.of());
            JsonNode drop = helm.await(m -> isEvent(m, "JumpCompleted"), "the drop", Duration.ofSeconds(15));
            double range = Math.hypot(drop.path("x").asDouble() - aimX, drop.path("y").asDouble() - aimY);
            assertThat(range).isLessThan(1000);

            // two simulated seconds after the drop: the mothership's sensors swept many times
            long until = drop.path("tick").asLong() + 120;
            List<Boolean> sawVigil = new java.util.ArrayList<>();
            ObjectNode watched = enemyWatch.awaitState(s -> {
                sawVigil.add(s.path("contacts").has("1"));
                return s.path("tick").asLong() >= until;
            }, "two seconds of the enemy's view", Duration.ofSeconds(10));
            assertThat(sawVigil).isNotEmpty().containsOnly(false);
            assertThat(watched.path("ship").path("name").asText()).isEqualTo("Mothership");
            assertThat(helm.awaitState(s -> s.path("contacts").has("2"), "Vigil sees the mothership", Duration.ofSeconds(5))
                    .path("ship").path("cloaked").asBoolean()).isTrue();

            eng.command("SetCloak", Map.of("engaged", false));
            ObjectNode seen = enemyWatch.awaitState(s -> s.path("contacts").has("1"), "Vigil on the enemy's sensors",
                    Duration.ofSeconds(5));
            assertThat(seen.path("contacts").path("1").path("name").asText()).isEqualTo("Vigil");
            assertThat(seen.path("contacts").path("1").has("subsystems")).isFalse(); // never scanned
        }
    }

    private static boolean isEvent(JsonNode m, String kind) {
        return m.path("msg").asText().equals("event") && m.path("kind").asText().equals(kind);
    }
}
