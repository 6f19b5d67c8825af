package io.starbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.starbridge.store.DrillResultRow;
import io.starbridge.store.Store;
import io.starbridge.store.StoredRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drill --data DIR} stores every run with its figures and journal; a stored journal replays. */
class DrillStoreCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void drill_with_data_stores_each_run_and_a_second_drill_adds_to_the_same_store(@TempDir Path data) throws Exception {
        CliRun first = CliRun.of("drill", "--drill", "drop-and-cloak", "--repeat", "2", "--data", data.toString(), "--json");
        CliRun second = CliRun.of("drill", "--drill", "drop-and-cloak", "--repeat", "1", "--seed", "9", "--data", data.toString(), "--json");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.exit()).as(second.err()).isZero();
        JsonNode runs = json.readTree(first.out()).get("runs");
        assertThat(runs).extracting(r -> r.get("runId").asText()).containsExactly("r1", "r2");
        assertThat(json.readTree(second.out()).get("runs").get(0).get("runId").asText()).isEqualTo("r3");
        try (Store store = Store.open(data)) {
            StoredRun r2 = store.runs().find("r2").orElseThrow();
            assertThat(r2.kind()).isEqualTo("drill");
            assertThat(r2.drillId()).isEqualTo("drop-and-cloak");
            assertThat(r2.crew()).isEqualTo("bots");
            assertThat(r2.seed()).isEqualTo(2);
            assertThat(r2.ticks()).isEqualTo(runs.get(1).get("ticks").asLong());
            assertThat(r2.figures().get("dropToCloakMs")).isEqualTo(runs.get(1).get("figures").get("dropToCloakMs").asLong());
            List<DrillResultRow> curve = store.drillResults().forDrill("drop-and-cloak", "bots");
            assertThat(curve).extracting(DrillResultRow::runId).containsExactly("r1", "r2", "r3");
            assertThat(curve).extracting(DrillResultRow::seed).containsExactly(1L, 2L, 9L);
        }
    }

    @Test
    void a_stored_drill_journal_replays_to_the_stored_hash(@TempDir Path data) throws Exception {
        assertThat(CliRun.of("drill", "--drill", "drop-and-cloak", "--data", data.toString(), "--json").exit()).isZero();
        Path exported = data.resolve("r1.jsonl");
        StoredRun run;
        try (Store store = Store.open(data)) {
            run = store.runs().find("r1").orElseThrow();
            Files.writeString(exported, store.runs().journalText("r1").orElseThrow());
        }

        CliRun replay = CliRun.of("replay", exported.toString(), "--json");

        assertThat(replay.exit()).as(replay.err()).isZero();
        JsonNode j = json.readTree(replay.out());
        assertThat(j.get("ticks").asLong()).isEqualTo(run.ticks());
        assertThat(j.get("stateHash").asText()).isEqualTo(String.format("%016x", run.stateHash()));
    }

    @Test
    void a_data_path_that_is_a_file_is_a_clear_error(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        CliRun r = CliRun.of("drill", "--drill", "drop-and-cloak", "--data", file.toString(), "--json");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("drill: store:", "not-a-dir");
        assertThat(r.out()).isEmpty();
    }
}
