package io.starbridge.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class JournalReaderTest {
    private static final String HEADER =
            "{\"format\":\"starbridge-journal\",\"version\":1,\"scenario\":\"strike\",\"seed\":3,\"durationSeconds\":10.0}\n";
    private static final String END = "{\"end\":10,\"hash\":\"00000000000000ff\"}\n";

    @Test
    void a_minimal_journal_reads_back() throws IOException {
        Journal j = RecordedRuns.read(HEADER
                + "{\"tick\":2,\"commands\":[{\"type\":\"SetThrottle\",\"shipId\":1,\"role\":\"HELM\",\"member\":\"m\",\"seq\":4,\"throttle\":0.5}]}\n"
                + END);
        assertThat(j.header().seed()).isEqualTo(3);
        assertThat(j.commandsByTick().get(2L)).singleElement()
                .isEqualTo(new io.starbridge.sim.command.SetThrottle(
                        new io.starbridge.sim.command.CommandOrigin(1, io.starbridge.sim.command.Role.HELM, "m", 4), 0.5));
        assertThat(j.endTick()).isEqualTo(10);
        assertThat(j.endHash()).isEqualTo(0xffL);
    }

    @Test
    void a_newer_version_is_refused_by_name() {
        assertThatThrownBy(() -> RecordedRuns.read(HEADER.replace("\"version\":1", "\"version\":9") + END))
                .isInstanceOf(JournalFormatException.class).hasMessageContaining("version 9");
    }

    @Test
    void a_version_2_journal_keeps_the_stations_reaction_reports_through_writing_and_reading() throws IOException {
        String v2 = HEADER.replace("\"version\":1", "\"version\":2");
        StationReaction drop = new StationReaction(1, io.starbridge.sim.command.Role.ENGINEERING, "JumpCompleted", 480, 222.5);
        Journal read = RecordedRuns.read(v2
                + "{\"tick\":2,\"commands\":[{\"type\":\"SetThrottle\",\"shipId\":1,\"role\":\"HELM\",\"member\":\"m\",\"seq\":4,\"throttle\":0.5}]}\n"
                + "{\"tick\":2,\"reactions\":[{\"shipId\":1,\"role\":\"ENGINEERING\",\"event\":\"JumpCompleted\",\"eventTick\":480,\"ms\":222.5}]}\n"
                + END);
        assertThat(read.header().version()).isEqualTo(2);
        assertThat(read.reactionsByTick()).containsOnlyKeys(2L);
        assertThat(read.reactionsByTick().get(2L)).containsExactly(drop);

        java.io.StringWriter text = new java.io.StringWriter();
        JournalWriter out = new JournalWriter(text);
        out.header(read.header());
        out.records(read, read.endTick());
        out.end(read.endTick(), read.outcome(), read.endHash());
        Journal again = RecordedRuns.read(text.toString());
        assertThat(again.reactionsByTick()).isEqualTo(read.reactionsByTick());
        assertThat(again.commandsByTick()).isEqualTo(read.commandsByTick());
    }

    @Test
    void a_reaction_line_in_a_version_1_journal_or_a_malformed_one_is_refused_by_line() {
        String line = "{\"tick\":2,\"reactions\":[{\"shipId\":1,\"role\":\"ENGINEERING\",\"event\":\"JumpCompleted\",\"eventTick\":480,\"ms\":222.5}]}\n";
        assertThatThrownBy(() -> RecordedRuns.read(HEADER + line + END))
                .isInstanceOf(JournalFormatException.class).hasMessageContaining("line 2: a version-1 journal has no reaction lines");
        String v2 = HEADER.replace("\"version\":1", "\"version\":2");
        assertThatThrownBy(() -> RecordedRuns.read(v2 + line.replace("\"ENGINEERING\"", "\"JANITOR\"") + END))
                .isInstanceOf(JournalFormatException.class).hasMessageContaining("line 2: bad reaction");
        assertThatThrownBy(() -> RecordedRuns.read(v2 + line.replace("\"eventTick\":480,", "") + END))
                .isInstanceOf(JournalFormatException.class).hasMessageContaining("line 2: bad reaction");
        assertThatThrownBy(() -> RecordedRuns.read(v2 + line + line + END))
                .isInstanceOf(JournalFormatException.class).hasMessageContaining("appear twice");
    }

    @Test
    void a_journal_cut_short_has_no_end_record() {
        assertThatThrownBy(() -> RecordedRuns.read(HEADER))
                .isInstanceOf(JournalFormatException.class).hasMessageContaining("no end record");
    }

    @Test
    void a_journal_cut_by_a_crash_ends_at_its_last_journaled_tick_and_ignores_a_torn_last_line() throws IOException {
        Journal j = new JournalReader().readUpToCrash(new java.io.StringReader(HEADER
                + "{\"tick\":60,\"hash\":\"00000000000000aa\"}\n"
                + "{\"tick\":75,\"commands\":[{\"type\":\"SetThrottle\",\"shipId\":1,\"role\":\"HELM\",\"member\":\"m\",\"seq\":4,\"throttle\":0.5}]}\n"
                + "{\"tick\":120,\"ha"));
        assertThat(j.ended()).isFalse();
        assertThat(j.endTick()).isEqualTo(75);
        assertThat(j.checkpoints()).containsOnlyKeys(60L);
    }

    @Test
    void a_bad_line_before_the_last_is_an_error_even_after_a_crash() {
        assertThatThrownBy(() -> new JournalReader().readUpToCrash(new java.io.StringReader(HEADER
                + "{\"tick\":2,\"comm\n{\"tick\":60,\"hash\":\"00000000000000aa\"}\n")))
                .isInstanceOf(JournalFormatException.class).hasMessageContaining("line 2: not JSON");
    }

    @Test
    void an_unknown_command_type_names_its_line() {
        assertThatThrownBy(() -> RecordedRuns.read(HEADER
                + "{\"tick\":2,\"commands\":[{\"type\":\"SelfDestructNow\",\"shipId\":1,\"role\":\"HELM\",\"member\":\"m\",\"seq\":1}]}\n" + END))
                .isInstanceOf(JournalFormatException.class).hasMessageContaining("line 2").hasMessageContaining("SelfDestructNow");
    }

    @Test
    void garbage_is_not_json() {
        assertThatThrownBy(() -> RecordedRuns.read(HEADER + "{\"tick\":2,\"comm\n" + END))
                .isInstanceOf(JournalFormatException.class).hasMessageContaining("line 2: not JSON");
    }
}
