package io.starbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalWriter;
import io.starbridge.replay.MissionRunner;
import io.starbridge.scenario.Mission;
import io.starbridge.sim.StateHash;
import io.starbridge.sim.command.Command;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay FILE --data DIR}: a journal of a mission from DIR/scenarios replays and verifies, as served. */
class ReplayScenarioFilesTest {
    @Test void a_journal_of_a_file_mission_replays_with_the_data_directory_and_is_refused_clearly_without(@TempDir Path data)
            throws Exception {
        Path scenarios = Files.createDirectories(data.resolve("scenarios"));
        Files.copy(Path.of("src/test/resources/scenarios/good/patrol.yaml"), scenarios.resolve("patrol.yaml"));
        Mission mission = ServeCommand.withScenarioFiles(scenarios, System.err).scenarios().byId("patrol").start(5, null);
        Path journal = data.resolve("patrol-5.jsonl");
        MissionRunner.Result recorded;
        try (Writer out = Files.newBufferedWriter(journal); JournalWriter writer = new JournalWriter(out)) {
            writer.header(new Journal.Header(Journal.VERSION, "patrol", 5, null, 0));
            recorded = new MissionRunner(mission, (t, last) -> List.<Command>of()).recordTo(writer).run(1800, true);
        }

        CliRun replay = CliRun.of("replay", journal.toString(), "--data", data.toString(), "--json");
        assertThat(replay.exit()).as(replay.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(replay.out()); // stdout is the one JSON object: notes go to stderr
        assertThat(report.path("verified").asBoolean()).isTrue();
        assertThat(report.path("scenario").asText()).isEqualTo("patrol");
        assertThat(report.path("stateHash").asText()).isEqualTo(StateHash.hex(recorded.stateHash()));

        CliRun without = CliRun.of("replay", journal.toString(), "--json");
        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err()).contains("patrol");
    }

    @Test void a_journal_of_a_mission_with_its_own_hull_classes_replays_to_the_same_hash(@TempDir Path data) throws Exception {
        Path scenarios = Files.createDirectories(data.resolve("scenarios"));
        Files.copy(Path.of("src/test/resources/scenarios/good/custom-hulls.yaml"), scenarios.resolve("custom-hulls.yaml"));
        Mission mission = ServeCommand.withScenarioFiles(scenarios, System.err).scenarios().byId("custom-hulls").start(9, null);
        Path journal = data.resolve("custom-hulls-9.jsonl");
        MissionRunner.Result recorded;
        try (Writer out = Files.newBufferedWriter(journal); JournalWriter writer = new JournalWriter(out)) {
            writer.header(new Journal.Header(Journal.VERSION, "custom-hulls", 9, null, 0));
            // long enough for the file-hull gunboat to engage the file-hull courier
            recorded = new MissionRunner(mission, (t, last) -> List.<Command>of()).recordTo(writer).run(3600, true);
        }

        CliRun replay = CliRun.of("replay", journal.toString(), "--data", data.toString(), "--json");
        assertThat(replay.exit()).as(replay.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(replay.out());
        assertThat(report.path("verified").asBoolean()).isTrue();
        assertThat(report.path("scenario").asText()).isEqualTo("custom-hulls");
        assertThat(report.path("stateHash").asText()).isEqualTo(StateHash.hex(recorded.stateHash()));
    }
}
