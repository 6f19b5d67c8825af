package io.starbridge.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The golden recording: a whole bot strike (seed 7) recorded by an earlier build. If the simulation
 * changes behaviour on purpose, re-record it (see src/test/resources/replays/README.md) and say why in
 * the commit; if it fails by surprise, determinism or compatibility broke.
 */
class GoldenReplayTest {
    static final String GOLDEN = "/replays/strike-seed-7.jsonl";
    static final String EXPECTED_HASH = "32f8541649c5e35f";

    @Test
    void the_golden_strike_recording_replays_to_its_recorded_hash() throws IOException {
        Journal journal;
        try (Reader in = new InputStreamReader(Objects.requireNonNull(getClass().getResourceAsStream(GOLDEN)),
                StandardCharsets.UTF_8)) {
            journal = new JournalReader().read(in);
        }
        MissionRunner.Result result = RecordedRuns.replay(journal);

        assertThat(io.starbridge.sim.StateHash.hex(result.stateHash())).isEqualTo(EXPECTED_HASH);
        assertThat(result.outcome()).isEqualTo("derelict");
        assertThat(journal.checkpoints().size()).isGreaterThan(30);
    }
}
