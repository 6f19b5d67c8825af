package io.starbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code drill} line of ARCHITECTURE.md's command-line contract. */
class DrillCommandContractTest {
    private final ObjectMapper json = new ObjectMapper();


    @Test
    void drill_prints_one_json_object_with_runs_by_seed_and_a_summary_per_figure() throws Exception {
        CliRun r = CliRun.of("drill", "--drill", "drop-and-cloak", "--crew", "bots", "--repeat", "3", "--seed", "5", "--json");

        assertThat(r.exit()).isZero();
        JsonNode j = json.readTree(r.out());
        assertThat(j.get("drill").asText()).isEqualTo("drop-and-cloak");
        assertThat(j.get("runs")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode run = j.get("runs").get(i);
            assertThat(run.get("seed").asLong()).isEqualTo(5 + i);
            assertThat(run.get("figures").get("dropToCloakMs").asLong()).isPositive();
        }
        JsonNode s = j.get("summary").get("dropToCloakMs");
        assertThat(s.get("best").asLong()).isPositive().isLessThanOrEqualTo(s.get("median").asLong());
        assertThat(s.get("median").asLong()).isLessThanOrEqualTo(s.get("p90").asLong());
    }

    @Test
    void the_same_seeds_give_the_same_figures() throws Exception {
        JsonNode a = json.readTree(CliRun.of("drill", "--drill", "drop-and-cloak", "--repeat", "2", "--json").out());
        JsonNode b = json.readTree(CliRun.of("drill", "--drill", "drop-and-cloak", "--repeat", "2", "--json").out());

        assertThat(a.get("runs")).isEqualTo(b.get("runs"));
    }

    @Test
    void a_drill_file_on_disk_runs_too(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scan.yaml");
        Files.writeString(file, """
                kind: drill
                id: drop-to-execute
                title: Drop to execute
                scenario: strike
                start: {event: JumpCompleted, ship: player}
                end: {event: WeaponsReleased, ship: player, where: {released: true}}
                figures: [dropToExecuteMs]
                maxSeconds: 120
                """);

        CliRun r = CliRun.of("drill", "--drill", file.toString(), "--json");

        assertThat(r.exit()).isZero();
        assertThat(json.readTree(r.out()).get("runs").get(0).get("figures").get("dropToExecuteMs").asLong()).isPositive();
    }

    @Test
    void an_unknown_drill_or_a_bad_file_is_a_clear_error(@TempDir Path dir) throws Exception {
        CliRun unknown = CliRun.of("drill", "--drill", "parade", "--json");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).contains("unknown drill 'parade'").contains("drop-and-cloak");

        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "kind: drill\nid: bad\ntitle: Bad\nscenario: strike\n");
        CliRun bad = CliRun.of("drill", "--drill", file.toString());
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains(file + ":1:1: drill: missing key 'start'").contains("missing key 'maxSeconds'");
    }
}
