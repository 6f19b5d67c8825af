package io.starbridge.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalReader;
import io.starbridge.replay.JournalWriter;
import io.starbridge.replay.Replayer;
import io.starbridge.scenario.Mission;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DrillJournalReplayTest {
    static List<String> drills() { return DrillCatalog.BUILT_IN; }

    @ParameterizedTest
    @MethodSource("drills")
    void figures_computed_from_the_recorded_journal_equal_the_ones_measured_live(String id) throws Exception {
        DrillSpec spec = BotDrills.builtIn(id);
        StringWriter text = new StringWriter();
        DrillRun live = BotDrills.runner().runOnce(spec, 7, new JournalWriter(text));

        Journal journal = new JournalReader().read(new StringReader(text.toString()));
        Replayer replayer = new Replayer(BotDrills.SCENARIOS);
        Mission mission = replayer.missionFor(journal);
        DrillMeasure replayed = new DrillMeasure(spec, mission);
        var result = replayer.replay(journal, mission, replayed::onTick);

        assertThat(live.completed()).isTrue();
        assertThat(result.ticks()).isEqualTo(live.ticks());
        assertThat(replayed.ended()).isTrue();
        assertThat(replayed.figures()).isEqualTo(live.figures()).isNotEmpty();
    }
}
