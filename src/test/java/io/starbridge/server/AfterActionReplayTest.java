package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starbridge.bot.BotCrew;
import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalReader;
import io.starbridge.replay.JournalWriter;
import io.starbridge.replay.MissionRunner;
import io.starbridge.replay.ReplayDivergence;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Command;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The replay viewer's re-simulation: views at any tick, stepping forward from its cache, timeline from the journal. */
class AfterActionReplayTest {
    /** Ticks of the recorded bot strike: past the drop, the cloak and the first shots. */
    private static final long RUN_TICKS = 1500;
    private static Journal journal;

    @BeforeAll static void recordABotStrike() throws Exception {
        Mission mission = Scenarios.builtIn().byId("strike").start(7, null);
        List<BotCrew> bots = BotCrew.forMission(mission, 7);
        StringWriter text = new StringWriter();
        JournalWriter writer = new JournalWriter(text);
        writer.header(new Journal.Header(Journal.VERSION, "strike", 7, null, 0));
        new MissionRunner(mission, (tick, last) -> {
            List<Command> commands = new ArrayList<>();
            for (BotCrew bot : bots) commands.addAll(bot.act(last));
            return commands;
        }).recordTo(writer).run(RUN_TICKS, true);
        journal = new JournalReader().read(new StringReader(text.toString()));
    }

    @Test
    void scrubbing_forward_steps_on_from_the_cached_tick_and_scrubbing_back_starts_again() {
        AfterActionReplay replay = new AfterActionReplay(Scenarios.builtIn());

        Map<String, Object> at400 = replay.viewAt("r1", journal, 400);
        Map<String, Object> at900 = replay.viewAt("r1", journal, 900);
        long forward = replay.ticksSimulatedSinceStart();
        Map<String, Object> again400 = replay.viewAt("r1", journal, 400);
        long back = replay.ticksSimulatedSinceStart();

        assertThat(at400.get("tick")).isEqualTo(400L);
        assertThat(at900.get("tick")).isEqualTo(900L);
        assertThat(forward).as("900 ticks in all, not 400 + 900").isEqualTo(900);
        assertThat(back).as("a fresh start for an earlier tick").isEqualTo(400);
        assertThat(again400).isEqualTo(at400); // deterministic: the same tick gives the same view
        assertThat(at900.get("ship")).isNotEqualTo(at400.get("ship"));
        assertThat(at900).containsKeys("ship", "contacts", "helm", "weapons");
    }

    @Test
    void a_journal_whose_hashes_do_not_match_is_reported_and_not_cached() {
        TreeMap<Long, Long> wrong = new TreeMap<>(journal.checkpoints());
        wrong.put(wrong.firstKey(), wrong.firstEntry().getValue() ^ 1);
        Journal tampered = new Journal(journal.header(), journal.commandsByTick(), wrong, journal.endTick(), journal.outcome(),
                journal.endHash(), true);
        AfterActionReplay replay = new AfterActionReplay(Scenarios.builtIn());

        assertThatThrownBy(() -> replay.viewAt("r2", tampered, 300)).isInstanceOf(ReplayDivergence.class);
        assertThat(replay.viewAt("r1", journal, 300).get("tick")).isEqualTo(300L);
    }

    @Test
    void the_timeline_lists_each_stations_actions_and_the_events_in_tick_order() {
        Map<String, Object> t = new AfterActionTimeline(Scenarios.builtIn()).build("r1", journal);

        @SuppressWarnings("unchecked") List<Map<String, Object>> actions = (List<Map<String, Object>>) t.get("actions");
        @SuppressWarnings("unchecked") List<Map<String, Object>> events = (List<Map<String, Object>>) t.get("events");
        @SuppressWarnings("unchecked") Map<String, Integer> byRole = (Map<String, Integer>) t.get("actionsByRole");
        assertThat(t.get("endTick")).isEqualTo(journal.endTick());
        assertThat(actions).hasSize(journal.commandCount());
        assertThat(actions).extracting(a -> a.get("type")).contains("PlotJump", "SpoolJumpDrive", "SetCloak");
        assertThat(byRole).containsKeys("HELM", "ENGINEERING");
        assertThat(events).extracting(e -> e.get("kind")).contains("JumpStarted", "JumpCompleted", "CloakEngaged");
        assertThat(events).extracting(e -> (Long) e.get("tick")).isSorted();
        assertThat(events).allSatisfy(e -> assertThat(((Map<?, ?>) e.get("fields")).containsKey("personId")).isFalse());
        @SuppressWarnings("unchecked") Map<String, Long> figures = (Map<String, Long>) t.get("figures");
        assertThat(figures).containsKey("dropToCloakMs");
    }
}
