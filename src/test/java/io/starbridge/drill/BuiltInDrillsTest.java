package io.starbridge.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.replay.MissionRunner;
import io.starbridge.scenario.Mission;
import io.starbridge.sim.Tick;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInDrillsTest {
    static List<String> drills() { return DrillCatalog.BUILT_IN; }

    @ParameterizedTest
    @MethodSource("drills")
    void each_built_in_drill_completes_with_bots_on_every_run_with_a_positive_headline_figure(String id) {
        DrillSpec spec = BotDrills.builtIn(id);

        DrillResult result = BotDrills.runner().run(spec, 1, 3);

        assertThat(result.runs()).extracting(DrillRun::seed).containsExactly(1L, 2L, 3L);
        String headline = spec.figures().get(0);
        for (DrillRun run : result.runs()) {
            assertThat(run.completed()).as("seed %d completed", run.seed()).isTrue();
            assertThat(run.figures().get(headline)).as("seed %d %s", run.seed(), headline).isPositive();
            // the run stops at its end condition, well before the cap
            assertThat(run.ticks()).isLessThan(Math.round(spec.maxSeconds() * Tick.HZ));
        }
        assertThat(result.summary().get(headline).count()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("drills")
    void the_headline_figure_is_the_span_from_the_files_start_event_to_its_end_condition(String id) {
        DrillSpec spec = BotDrills.builtIn(id);
        Mission mission = BotDrills.SCENARIOS.byId(spec.scenario()).start(4, null);
        DrillMeasure measure = new DrillMeasure(spec, mission);

        new MissionRunner(mission, BotDrills.bots(mission, 4)).onEvents(measure::onTick).stopWhen(measure::ended)
                .run(Math.round(spec.maxSeconds() * Tick.HZ), false);

        assertThat(measure.ended()).isTrue();
        assertThat(mission.world().tick()).as("stopped on the tick the end condition was met")
                .isEqualTo(measure.startTick() + Math.round(measure.spanMs() * Tick.HZ / 1000.0));
        assertThat(measure.figures().get(spec.figures().get(0))).isEqualTo(measure.spanMs());
    }

    @ParameterizedTest
    @MethodSource("drills")
    void each_built_in_drill_file_carries_its_own_id(String id) {
        assertThat(BotDrills.builtIn(id).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @MethodSource("drills")
    void a_run_that_reaches_its_cap_first_is_not_completed_and_records_no_figure(String id) {
        DrillSpec full = BotDrills.builtIn(id);
        DrillSpec tooShort = new DrillSpec(full.id(), full.title(), full.scenario(), full.start(), full.end(), full.figures(), 1);

        DrillRun run = BotDrills.runner().runOnce(tooShort, 1, null);

        assertThat(run.completed()).isFalse();
        assertThat(run.figures()).isEmpty();
        assertThat(run.ticks()).isEqualTo(Tick.HZ);
    }
}
