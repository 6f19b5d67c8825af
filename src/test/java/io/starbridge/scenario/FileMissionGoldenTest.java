package io.starbridge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalReader;
import io.starbridge.replay.MissionRunner;
import io.starbridge.replay.Replayer;
import io.starbridge.sim.StateHash;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The missions built from strike.yaml and last-of-its-kind.yaml are bit for bit the worlds the Java
 * code built when the golden recordings were made: every checkpoint hash of the recordings matches (the
 * replayer stops at the first that does not) and so does the final one.
 */
class FileMissionGoldenTest {
    @ParameterizedTest
    @CsvSource({
            "/replays/strike-seed-7.jsonl, strike, 32f8541649c5e35f, derelict",
            "/replays/last-of-its-kind-seed-7.jsonl, last-of-its-kind, 6701e7b3fb29e933, victory"})
    void a_golden_recording_of_a_code_built_mission_replays_on_its_file_built_mission_to_the_same_hash(
            String recording, String scenario, String expectedHash, String expectedOutcome) throws IOException {
        Journal journal;
        try (Reader in = new InputStreamReader(Objects.requireNonNull(getClass().getResourceAsStream(recording)), StandardCharsets.UTF_8)) {
            journal = new JournalReader().read(in);
        }
        Replayer replayer = new Replayer(Scenarios.builtIn());
        Mission mission = replayer.missionFor(journal);

        MissionRunner.Result result = replayer.replay(journal, mission, (t, e) -> { });

        String file = "/scenarios/missions/" + scenario + ".yaml";
        assertThat(Scenarios.builtIn().byId(scenario).description()).as("built from " + file)
                .isEqualTo(ScenarioFiles.loadMission(file, Scenarios.readResource(file)).description());
        assertThat(mission.scenarioId()).isEqualTo(scenario);
        assertThat(StateHash.hex(result.stateHash())).isEqualTo(expectedHash);
        assertThat(result.outcome()).isEqualTo(expectedOutcome);
    }
}
