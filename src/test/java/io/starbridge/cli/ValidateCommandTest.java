package io.starbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate FILE}: exit codes and output of the command-line contract. */
class ValidateCommandTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    @Test
    void a_good_mission_file_exits_0_with_one_ok_line() {
        Path file = Path.of("src/main/resources/scenarios/missions/last-of-its-kind.yaml");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(file + ": OK (mission)" + System.lineSeparator());
    }

    @Test
    void a_good_drill_file_exits_0_too() {
        CliRun run = CliRun.of("validate", "src/main/resources/scenarios/drills/boarding.yaml");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).endsWith(": OK (drill)" + System.lineSeparator());
    }

    @Test
    void a_bad_file_exits_1_printing_every_error_as_file_line_column_message() {
        Path file = SCENARIOS.resolve("broken/several-errors.yaml");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(6).allMatch(line -> line.matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .+"))
                .contains(file + ":14:11: ships[0].hull: unknown hull class 'cruiser' (expected one of [corvette, frigate, mothership])");
    }

    @Test
    void json_output_lists_each_error_with_line_column_and_message() throws IOException {
        Path file = SCENARIOS.resolve("broken/bad-hull.yaml");

        CliRun run = CliRun.of("validate", "--json", file.toString());
        JsonNode out = new ObjectMapper().readTree(run.out());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(out.get("file").asText()).isEqualTo(file.toString());
        assertThat(out.get("valid").asBoolean()).isFalse();
        assertThat(out.get("errors")).hasSize(1);
        assertThat(out.get("errors").get(0).get("line").asInt()).isEqualTo(15);
        assertThat(out.get("errors").get(0).get("column").asInt()).isEqualTo(11);
        assertThat(out.get("errors").get(0).get("message").asText()).startsWith("ships[1].hull: unknown hull class 'battleship'");
    }

    @Test
    void json_output_of_a_good_file_is_valid_with_no_errors() throws IOException {
        JsonNode out = new ObjectMapper().readTree(CliRun.of("validate", "--json", SCENARIOS.resolve("good/patrol.yaml").toString()).out());

        assertThat(out.get("valid").asBoolean()).isTrue();
        assertThat(out.get("kind").asText()).isEqualTo("mission");
        assertThat(out.get("errors")).isEmpty();
    }

    @Test
    void a_missing_file_exits_2_and_says_so(@TempDir Path dir) {
        CliRun run = CliRun.of("validate", dir.resolve("nowhere.yaml").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_directory_is_not_a_readable_file_and_exits_2(@TempDir Path dir) {
        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not a readable file");
    }

    @Test
    void a_mission_with_its_own_hull_classes_is_ok_and_every_broken_hull_field_is_printed() {
        CliRun good = CliRun.of("validate", SCENARIOS.resolve("good/custom-hulls.yaml").toString());
        assertThat(good.exit()).as(good.out()).isZero();
        assertThat(good.out()).endsWith(": OK (mission)" + System.lineSeparator());

        Path file = SCENARIOS.resolve("broken/hull-out-of-range.yaml");
        CliRun bad = CliRun.of("validate", file.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out().lines()).hasSize(9).allMatch(line -> line.startsWith(file + ":"))
                .contains(file + ":20:24: hulls[0].sensorPeriodTicks: expected a whole number from 1 to 600, got 0")
                .contains(file + ":18:11: hulls[0].mass: expected a number from 1 to 10000000000000, got 0");
    }
}
