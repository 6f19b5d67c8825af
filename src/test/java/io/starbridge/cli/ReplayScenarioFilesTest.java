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
        Path journal = data.resolve("patrol-5.jsonl");
        MissionRunner.Result recorded = record(data, "patrol", 5, 1800, journal);

        assertReplaysTo(data, journal, "patrol", recorded);
        CliRun without = CliRun.of("replay", journal.toString(), "--json");
        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err()).contains("patrol");
    }

    @Test void a_journal_of_a_mission_with_its_own_hull_classes_replays_to_the_same_hash(@TempDir Path data) throws Exception {
        Path journal = data.resolve("custom-hulls-9.jsonl");
        // long enough for the file-hull gunboat to engage the file-hull courier
        MissionRunner.Result recorded = record(data, "custom-hulls", 9, 3600, journal);

        assertReplaysTo(data, journal, "custom-hulls", recorded);
    }

    /** Puts scenarios/good/ID.yaml into DATA/scenarios and records a run of it without commands into {@code journal}. */
    private static MissionRunner.Result record(Path data, String id, long seed, long ticks, Path journal) throws Exception {
        Path scenarios = Files.createDirectories(data.resolve("scenarios"));
        Files.copy(Path.of("src/test/resources/scenarios/good/" + id + ".yaml"), scenarios.resolve(id + ".yaml"));
        Mission mission = ServeCommand.withScenarioFiles(scenarios, System.err).scenarios().byId(id).start(seed, null);
        try (Writer out = Files.newBufferedWriter(journal); JournalWriter writer = new JournalWriter(out)) {
            writer.header(new Journal.Header(Journal.VERSION, id, seed, null, 0));
            return new MissionRunner(mission, (t, last) -> List.<Command>of()).recordTo(writer).run(ticks, true);
        }
    }

    private static void assertReplaysTo(Path data, Path journal, String id, MissionRunner.Result recorded) throws Exception {
        CliRun replay = CliRun.of("replay", journal.toString(), "--data", data.toString(), "--json");
        assertThat(replay.exit()).as(replay.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(replay.out()); // stdout is the one JSON object: notes go to stderr
        assertThat(report.path("verified").asBoolean()).isTrue();
        assertThat(report.path("scenario").asText()).isEqualTo(id);
        assertThat(report.path("stateHash").asText()).isEqualTo(StateHash.hex(recorded.stateHash()));
    }
}
