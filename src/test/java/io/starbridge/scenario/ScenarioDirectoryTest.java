package io.starbridge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server's DATA/scenarios/: good missions load, bad ones are reported and skipped, nothing outside is read. */
class ScenarioDirectoryTest {
    private static final Path GOOD = ScenarioFileCheck.RESOURCES.resolve("good/patrol.yaml");
    private final List<String> problems = new ArrayList<>();

    @Test
    void good_missions_load_drills_are_set_aside_and_a_bad_file_is_reported_with_every_error_and_skipped(@TempDir Path dir) throws IOException {
        Files.copy(GOOD, dir.resolve("patrol.yaml"));
        Files.copy(ScenarioFileCheck.RESOURCES.resolve("broken/several-errors.yaml"), dir.resolve("several.yaml"));
        Files.copy(Path.of("src/main/resources/scenarios/drills/boarding.yaml"), dir.resolve("my-boarding.yml"));

        ScenarioDirectory found = ScenarioDirectory.scan(dir, Scenarios.builtIn(), problems::add);

        assertThat(found.missions()).extracting(Scenario::id).containsExactly("patrol");
        assertThat(found.drills()).containsExactly(dir.resolve("my-boarding.yml"));
        assertThat(problems).hasSize(7).first().asString().isEqualTo(dir.resolve("several.yaml") + ": skipped, 6 error(s):");
        assertThat(problems.get(1)).startsWith("  " + dir.resolve("several.yaml") + ":14:11: ships[0].hull: unknown hull class");
    }

    @Test
    void only_regular_files_directly_inside_with_plain_lower_case_names_are_read(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(GOOD, outside.resolve("secret.yaml"));
        Files.createSymbolicLink(scenarios.resolve("linked.yaml"), outside.resolve("secret.yaml"));
        Files.copy(GOOD, scenarios.resolve("Patrol.yaml"));
        Files.copy(GOOD, scenarios.resolve("patrol.yaml.bak"));
        Files.copy(GOOD, scenarios.resolve("patrol.json"));
        Files.createDirectories(scenarios.resolve("nested.yaml"));
        Files.copy(GOOD, Files.createDirectories(scenarios.resolve("sub")).resolve("deep.yaml"));

        assertThat(ScenarioFiles.listDirectory(scenarios)).isEmpty();
        assertThat(ScenarioDirectory.scan(scenarios, Scenarios.builtIn(), problems::add).missions()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void a_file_may_not_take_the_id_of_a_built_in_scenario(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("src/main/resources/scenarios/missions/strike.yaml"), dir.resolve("strike.yaml"));

        ScenarioDirectory found = ScenarioDirectory.scan(dir, Scenarios.builtIn(), problems::add);

        assertThat(found.missions()).isEmpty();
        assertThat(problems).containsExactly(dir.resolve("strike.yaml") + ": skipped: the scenario id 'strike' is taken");
    }

    @Test
    void a_missing_directory_offers_nothing_and_is_no_error(@TempDir Path dir) {
        ScenarioDirectory found = ScenarioDirectory.scan(dir.resolve("none"), Scenarios.builtIn(), problems::add);

        assertThat(found.missions()).isEmpty();
        assertThat(found.drills()).isEmpty();
        assertThat(problems).isEmpty();
    }
}
