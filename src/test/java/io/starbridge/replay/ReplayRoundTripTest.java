package io.starbridge.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReplayRoundTripTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 17, 99, 123456789})
    void replaying_a_recorded_run_gives_the_same_hash_at_every_checkpoint(long seed) throws IOException {
        RecordedRuns.Recorded run = RecordedRuns.record("strike", seed, 60 * 90);
        Journal journal = RecordedRuns.read(run.text());

        MissionRunner.Result replayed = RecordedRuns.replay(journal);

        assertThat(journal.checkpoints()).isNotEmpty();
        assertThat(journal.commandCount()).isPositive();
        assertThat(replayed.stateHash()).isEqualTo(run.result().stateHash());
        assertThat(replayed.ticks()).isEqualTo(run.result().ticks());
        assertThat(replayed.outcome()).isEqualTo(run.result().outcome());
    }

    @Test
    void a_tampered_command_makes_the_replay_diverge_at_the_next_checkpoint() throws IOException {
        RecordedRuns.Recorded run = RecordedRuns.record("strike", 5, 60 * 60);
        String tampered = run.text().replaceFirst("\"type\":\"SetCloak\"(.*?)\"engaged\":true", "\"type\":\"SetCloak\"$1\"engaged\":false");
        assertThat(tampered).isNotEqualTo(run.text());
        Journal journal = RecordedRuns.read(tampered);
        long cloakTick = journal.commandsByTick().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> c instanceof io.starbridge.sim.command.SetCloak))
                .findFirst().orElseThrow().getKey();

        assertThatThrownBy(() -> RecordedRuns.replay(journal))
                .isInstanceOf(ReplayDivergence.class)
                .satisfies(e -> assertThat(((ReplayDivergence) e).tick())
                        .isGreaterThanOrEqualTo(cloakTick).isLessThanOrEqualTo(cloakTick + 60))
                .hasMessageContaining("diverged at tick");
    }

    @Test
    void different_seeds_give_different_runs() {
        long a = RecordedRuns.record("strike", 1, 60 * 30).result().stateHash();
        long b = RecordedRuns.record("strike", 2, 60 * 30).result().stateHash();
        assertThat(a).isNotEqualTo(b);
    }
}
