package io.starbridge.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureSummaryTest {

    @Test
    void best_is_the_lowest_and_median_and_p90_are_nearest_rank_values() {
        // sorted: 100 110 120 … 190 (ten values); ranks ⌈0.5·10⌉ = 5 and ⌈0.9·10⌉ = 9
        FigureSummary s = FigureSummary.of(List.of(190L, 100L, 180L, 110L, 170L, 120L, 160L, 130L, 150L, 140L));

        assertThat(s).isEqualTo(new FigureSummary(100, 140, 180, 10));
    }

    @Test
    void an_odd_count_has_the_middle_value_as_median() {
        assertThat(FigureSummary.of(List.of(300L, 100L, 200L))).isEqualTo(new FigureSummary(100, 200, 300, 3));
    }

    @Test
    void one_run_is_its_own_best_median_and_p90() {
        assertThat(FigureSummary.of(List.of(212L))).isEqualTo(new FigureSummary(212, 212, 212, 1));
    }

    @Test
    void nothing_to_summarise_is_refused() {
        assertThatThrownBy(() -> FigureSummary.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_summary_leaves_out_runs_that_did_not_complete() {
        DrillSpec spec = BotDrills.builtIn("drop-and-cloak");
        List<DrillRun> runs = List.of(
                new DrillRun(1, true, 500, Map.of("dropToCloakMs", 250L, "jumpMs", 7000L)),
                new DrillRun(2, false, 7200, Map.of()),
                new DrillRun(3, true, 480, Map.of("dropToCloakMs", 200L, "jumpMs", 7400L)));

        DrillResult result = DrillResult.of(spec, runs);

        assertThat(result.completedRuns()).isEqualTo(2);
        assertThat(result.summary().get("dropToCloakMs")).isEqualTo(new FigureSummary(200, 200, 250, 2));
        assertThat(result.summary().keySet()).containsExactly("dropToCloakMs", "jumpMs");
    }
}
