package io.starbridge.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.StateHash;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The whole reference mission, boarding and self-destruct included, replays from its journal: a
 * fresh recording, and the golden one (seed 7) recorded by an earlier build with
 * {@code play --scenario last-of-its-kind --crew bots --seed 7 --record ...}. Re-record it when the
 * simulation changes behaviour on purpose (see src/test/resources/replays/README.md).
 */
class LastOfItsKindReplayTest {
    static final String GOLDEN = "/replays/last-of-its-kind-seed-7.jsonl";
    static final String EXPECTED_HASH = "6701e7b3fb29e933";

    @Test
    void a_recorded_bot_mission_replays_to_the_same_hash() throws IOException {
        RecordedRuns.Recorded run = RecordedRuns.record("last-of-its-kind", 3, 60 * 1_800);
        assertThat(run.result().outcome()).isEqualTo("victory");
        MissionRunner.Result replayed = RecordedRuns.replay(RecordedRuns.read(run.text()));
        assertThat(replayed.stateHash()).isEqualTo(run.result().stateHash());
        assertThat(replayed.outcome()).isEqualTo("victory");
    }

    @Test
    void the_golden_mission_recording_replays_to_its_recorded_hash() throws IOException {
        Journal journal;
        try (Reader in = new InputStreamReader(Objects.requireNonNull(getClass().getResourceAsStream(GOLDEN)),
                StandardCharsets.UTF_8)) {
            journal = new JournalReader().read(in);
        }
        MissionRunner.Result result = RecordedRuns.replay(journal);
        assertThat(StateHash.hex(result.stateHash())).isEqualTo(EXPECTED_HASH);
        assertThat(result.outcome()).isEqualTo("victory");
    }
}
