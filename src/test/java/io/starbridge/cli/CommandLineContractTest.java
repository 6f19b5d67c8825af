package io.starbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of ARCHITECTURE.md, which scripts rely on. */
class CommandLineContractTest {
    private final ObjectMapper json = new ObjectMapper();


    @Test
    void play_strike_prints_one_json_object_with_the_contract_fields(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("run.jsonl");
        CliRun r = CliRun.of("play", "--scenario", "strike", "--crew", "bots", "--seed", "11", "--record", journal.toString(), "--json");

        assertThat(r.exit()).isZero();
        JsonNode j = json.readTree(r.out());
        assertThat(j.get("scenario").asText()).isEqualTo("strike");
        assertThat(j.get("seed").asLong()).isEqualTo(11);
        assertThat(j.get("outcome").asText()).isIn("derelict", "defeat", "escaped");
        assertThat(j.get("ticks").asLong()).isPositive();
        assertThat(j.get("stateHash").asText()).matches("[0-9a-f]{16}");
        assertThat(j.get("entities").asInt()).isPositive();
        assertThat(j.get("timings").get("dropToCloakMs").asLong()).isPositive();
        assertThat(j.get("timings").get("dropToDerelictMs").asLong()).isPositive();

        CliRun replay = CliRun.of("replay", journal.toString(), "--json");
        assertThat(replay.exit()).isZero();
        JsonNode rj = json.readTree(replay.out());
        assertThat(rj.get("stateHash").asText()).isEqualTo(j.get("stateHash").asText());
        assertThat(rj.get("ticks").asLong()).isEqualTo(j.get("ticks").asLong());
        assertThat(rj.get("timings")).isEqualTo(j.get("timings"));
        assertThat(rj.get("verified").asBoolean()).isTrue();
    }

    @Test
    void replay_of_a_diverging_journal_exits_non_zero_naming_the_tick(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("run.jsonl");
        assertThat(CliRun.of("play", "--scenario", "strike", "--seed", "3", "--duration", "40", "--record", journal.toString()).exit()).isZero();
        String text = Files.readString(journal);
        String broken = text.replaceFirst("\"hash\":\"[0-9a-f]{16}\"", "\"hash\":\"0123456789abcdef\"");
        Files.writeString(journal, broken);

        CliRun r = CliRun.of("replay", journal.toString());

        assertThat(r.exit()).isEqualTo(ReplayCommand.DIVERGED);
        assertThat(r.err()).contains("diverged at tick 60");
    }

    @Test
    void an_unknown_scenario_is_a_clear_error() {
        CliRun r = CliRun.of("play", "--scenario", "nowhere", "--json");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("unknown scenario 'nowhere'").contains("strike");
    }

    @Test
    void help_lists_the_commands() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("play").contains("replay");
    }
}
