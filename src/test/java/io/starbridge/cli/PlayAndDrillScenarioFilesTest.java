package io.starbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code play --data DIR} and {@code drill --data DIR} know the mission and drill files of DIR/scenarios, as
 * {@code serve --data DIR} does: a bot crew configured by its file flies them headless.
 */
class PlayAndDrillScenarioFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test void play_flies_a_file_mission_with_the_file_s_bot_crew(@TempDir Path data) throws Exception {
        Path scenarios = Files.createDirectories(data.resolve("scenarios"));
        Files.copy(Path.of("src/test/resources/scenarios/good/strike-green-crew.yaml"), scenarios.resolve("strike-green-crew.yaml"));

        CliRun green = CliRun.of("play", "--scenario", "strike-green-crew", "--seed", "1", "--data", data.toString(), "--json");
        assertThat(green.exit()).as(green.err()).isZero();
        JsonNode slow = JSON.readTree(green.out()); // one JSON object on stdout: notes about the files go to stderr
        CliRun drilled = CliRun.of("play", "--scenario", "strike", "--seed", "1", "--json");
        JsonNode fast = JSON.readTree(drilled.out());

        assertThat(slow.path("scenario").asText()).isEqualTo("strike-green-crew");
        assertThat(slow.path("timings").path("dropToCloakMs").asLong())
                .as("the green crew (600-900 ms) cloaks later than the drilled one (150-350 ms)")
                .isGreaterThan(fast.path("timings").path("dropToCloakMs").asLong() + 200);

        CliRun without = CliRun.of("play", "--scenario", "strike-green-crew", "--seed", "1", "--json");
        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err()).contains("strike-green-crew");
    }

    @Test void drill_runs_a_drill_file_on_a_file_mission_and_stores_it(@TempDir Path data) throws Exception {
        Path scenarios = Files.createDirectories(data.resolve("scenarios"));
        Files.copy(Path.of("src/test/resources/scenarios/good/strike-green-crew.yaml"), scenarios.resolve("strike-green-crew.yaml"));
        Files.writeString(scenarios.resolve("green-cloak.yaml"), """
                kind: drill
                id: green-cloak
                title: "Drop and cloak with a green crew"
                scenario: strike-green-crew
                start: {event: JumpCompleted, ship: player}
                end: {event: CloakEngaged, ship: player}
                figures: [dropToCloakMs]
                maxSeconds: 120
                """);

        CliRun run = CliRun.of("drill", "--drill", "green-cloak", "--crew", "bots", "--repeat", "2", "--data", data.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("drill").asText()).isEqualTo("green-cloak");
        assertThat(report.path("scenario").asText()).isEqualTo("strike-green-crew");
        assertThat(report.path("runs")).hasSize(2);
        for (JsonNode r : report.path("runs")) {
            assertThat(r.path("figures").path("dropToCloakMs").asLong()).as("600-900 ms hands").isGreaterThanOrEqualTo(600);
            assertThat(r.path("runId").asText()).startsWith("r");
        }
    }
}
