package io.starbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips through a real SQLite file: what is written survives closing and reopening the store. */
class StoreTest {

    private static Map<String, Long> figures(Object... nameThenMs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenMs.length; i += 2) m.put((String) nameThenMs[i], ((Number) nameThenMs[i + 1]).longValue());
        return m;
    }

    private static NewRun drillRun(int index, long seed, boolean completed, long cloakMs) {
        return NewRun.drill("drop-and-cloak", "strike", seed, "bots", 1_000 + index, 2_000 + index, null, completed,
                900 + index, 0xfedcba9876543210L + index,
                completed ? figures("dropToCloakMs", cloakMs, "jumpMs", 7400) : Map.of(), index, "{\"journal\":" + index + "}\n");
    }

    @Test
    void runs_crews_and_drill_figures_survive_closing_and_reopening_the_store(@TempDir Path data) {
        String missionId, drillId;
        try (Store store = Store.open(data)) {
            missionId = store.runs().add(NewRun.mission("g3", "strike", null, 21, "Ann, Bo", 100, 60_100, "derelict",
                    3600, 0x8000000000000001L, figures("dropToCloakMs", 283L), "journals/g3-strike-21.jsonl")).orElseThrow();
            drillId = store.runs().add(drillRun(0, 1, true, 250)).orElseThrow();
        }
        assertThat(data.resolve(Store.FILE_NAME)).isRegularFile();

        try (Store reopened = Store.open(data)) {
            StoredRun mission = reopened.runs().find(missionId).orElseThrow();
            assertThat(mission.kind()).isEqualTo("mission");
            assertThat(mission.gameId()).isEqualTo("g3");
            assertThat(mission.crew()).isEqualTo("Ann, Bo");
            assertThat(mission.outcome()).isEqualTo("derelict");
            assertThat(mission.completed()).isTrue();
            assertThat(mission.ticks()).isEqualTo(3600);
            assertThat(mission.stateHash()).isEqualTo(0x8000000000000001L); // the top bit survives the hex column
            assertThat(mission.figures()).containsExactly(Map.entry("dropToCloakMs", 283L));
            assertThat(mission.journalPath()).isEqualTo("journals/g3-strike-21.jsonl");
            assertThat(mission.journalInStore()).isFalse();
            assertThat(reopened.runs().journalText(missionId)).isEmpty();

            StoredRun drill = reopened.runs().find(drillId).orElseThrow();
            assertThat(drill.drillId()).isEqualTo("drop-and-cloak");
            assertThat(drill.journalInStore()).isTrue();
            assertThat(reopened.runs().journalText(drillId)).contains("{\"journal\":0}\n");
            assertThat(reopened.runs().newest(10)).extracting(StoredRun::id).containsExactly(drillId, missionId);
            assertThat(reopened.crews().names()).containsExactly("Ann, Bo", "bots");
            assertThat(reopened.drillResults().forDrill("drop-and-cloak", "bots")).singleElement()
                    .satisfies(r -> assertThat(r.figures()).containsExactly(Map.entry("dropToCloakMs", 250L), Map.entry("jumpMs", 7400L)));
            assertThat(drill.figures()).as("figures keep their order: the headline first")
                    .containsExactly(Map.entry("dropToCloakMs", 250L), Map.entry("jumpMs", 7400L));
        }
    }

    @Test
    void drill_results_list_each_completed_run_in_order_for_its_crew_only(@TempDir Path data) {
        try (Store store = Store.open(data)) {
            store.runs().add(drillRun(0, 1, true, 300));
            store.runs().add(drillRun(1, 2, false, 0));
            store.runs().add(drillRun(2, 3, true, 260));
            store.runs().add(NewRun.drill("drop-and-cloak", "strike", 9, "Other crew", 0, 1, null, true, 10, 1,
                    figures("dropToCloakMs", 100), 0, "x\n"));
            store.runs().add(NewRun.drill("boarding", "last-of-its-kind", 1, "bots", 0, 1, null, true, 10, 1,
                    figures("dockToBridgeMs", 9000), 0, "x\n"));

            List<DrillResultRow> bots = store.drillResults().forDrill("drop-and-cloak", "bots");
            assertThat(bots).extracting(DrillResultRow::seed).containsExactly(1L, 3L);
            assertThat(bots).extracting(r -> r.figures().get("dropToCloakMs")).containsExactly(300L, 260L);
            assertThat(bots).extracting(DrillResultRow::runIndex).containsExactly(0, 2);
            assertThat(store.drillResults().forDrill("drop-and-cloak", null)).hasSize(3);
            assertThat(store.drillResults().forDrill("no-such-drill", null)).isEmpty();
        }
    }

    @Test
    void a_game_is_recorded_once_even_when_it_finishes_twice(@TempDir Path data) {
        try (Store store = Store.open(data)) {
            NewRun atOutcome = NewRun.mission("g1", "strike", null, 5, "Ann", 0, 10, "victory", 600, 7, Map.of(), "journals/g1-strike-5.jsonl");
            NewRun atStop = NewRun.mission("g1", "strike", null, 5, "Ann", 0, 20, null, 900, 8, Map.of(), "journals/g1-strike-5.jsonl");
            Optional<String> first = store.runs().add(atOutcome);
            Optional<String> second = store.runs().add(atStop);

            assertThat(first).isPresent();
            assertThat(second).isEmpty();
            assertThat(store.runs().newest(10)).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo("victory"));
        }
    }

    @Test
    void every_run_of_a_served_drill_game_is_recorded_once(@TempDir Path data) {
        try (Store store = Store.open(data)) {
            // one drill game (g4) drills run after run under the same game id; each run is its own row
            Optional<String> first = store.runs().add(servedDrillRun("g4", 0, 70, 240));
            Optional<String> second = store.runs().add(servedDrillRun("g4", 1, 71, 210));
            Optional<String> secondAgain = store.runs().add(servedDrillRun("g4", 1, 71, 210));
            Optional<String> otherGame = store.runs().add(servedDrillRun("g5", 0, 70, 400));

            assertThat(first).isPresent();
            assertThat(second).as("the second run of the same drill game").isPresent();
            assertThat(secondAgain).as("a run recorded twice (after a crash) is stored once").isEmpty();
            assertThat(otherGame).isPresent();
            assertThat(store.drillResults().forDrill("drop-and-cloak", "Ann"))
                    .extracting(r -> r.figures().get("dropToCloakMs")).containsExactly(240L, 210L, 400L);
            assertThat(store.runs().find(second.orElseThrow()).orElseThrow().gameId()).isEqualTo("g4");
            // a mission game id stays unique beside the drill games' ids
            assertThat(store.runs().add(NewRun.mission("g4", "strike", null, 5, "Ann", 0, 10, "victory", 600, 7, Map.of(),
                    "journals/g4-strike-5.jsonl"))).isPresent();
        }
    }

    @Test
    void a_schema_1_store_keeps_its_drill_game_run_and_records_the_next_runs(@TempDir Path data) throws Exception {
        // a store written by schema 1: one drill game's first run (game id g2, run index 3 in drill_results)
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + data.resolve(Store.FILE_NAME).toAbsolutePath());
        org.flywaydb.core.Flyway.configure().dataSource(source).locations("classpath:db/migration").target("1").load().migrate();
        try (java.sql.Connection c = source.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO crews (name, created_at_ms) VALUES ('Ann', 0)");
            s.executeUpdate("INSERT INTO runs (kind, game_id, drill_id, scenario, seed, crew_id, started_at_ms, ended_at_ms, "
                    + "completed, ticks, state_hash, figures_json, journal_path) VALUES ('drill', 'g2', 'drop-and-cloak', "
                    + "'strike', 70, 1, 0, 1, 1, 900, '0000000000000001', '{\"dropToCloakMs\":250}', 'journals/g2-strike-70.jsonl')");
            s.executeUpdate("INSERT INTO drill_results (run_id, drill_id, run_index, seed, figure, ms) "
                    + "VALUES (1, 'drop-and-cloak', 3, 70, 'dropToCloakMs', 250)");
        }
        try (Store store = Store.open(data)) {
            assertThat(store.runs().find("r1").orElseThrow().gameId()).isEqualTo("g2");
            assertThat(store.runs().add(servedDrillRun("g2", 3, 70, 250))).as("run 3 is stored already").isEmpty();
            assertThat(store.runs().add(servedDrillRun("g2", 4, 71, 230))).as("the next run").isPresent();
            assertThat(store.drillResults().forDrill("drop-and-cloak", "Ann")).extracting(DrillResultRow::runIndex).containsExactly(3, 4);
        }
    }

    private static NewRun servedDrillRun(String gameId, int index, long seed, long cloakMs) {
        return new NewRun(NewRun.DRILL, gameId, "drop-and-cloak", "strike", null, seed, "Ann", 0, 1, null, true, 900, 1,
                figures("dropToCloakMs", cloakMs), index, "journals/" + gameId + "-strike-" + seed + ".jsonl", null);
    }

    @Test
    void malformed_or_unknown_run_ids_find_nothing(@TempDir Path data) {
        try (Store store = Store.open(data)) {
            store.runs().add(drillRun(0, 1, true, 300));
            for (String bad : new String[] {null, "", "r0", "r01", "1", "r1 OR 1=1", "../r1", "r99999999999999999999", "R1"})
                assertThat(store.runs().find(bad)).as(String.valueOf(bad)).isEmpty();
            assertThat(store.runs().find("r2")).isEmpty();
            assertThat(store.runs().find("r1")).isPresent();
        }
    }

    @Test
    void a_run_with_bad_fields_is_refused_and_nothing_is_stored(@TempDir Path data) {
        try (Store store = Store.open(data)) {
            assertThatThrownBy(() -> NewRun.mission("g1", "strike", null, 5, "Ann", 0, 10, null, 1, 1, Map.of(), "../../etc/passwd"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside the data directory");
            assertThatThrownBy(() -> NewRun.drill("drop-and-cloak", "strike", 1, " ", 0, 1, null, true, 1, 1, Map.of(), 0, "x"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("crew");
            assertThat(store.runs().newest(10)).isEmpty();
        }
    }

    @Test
    void a_store_that_cannot_be_created_says_where(@TempDir Path tmp) throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("plain-file"), "x");
        assertThatThrownBy(() -> Store.open(notADirectory)).isInstanceOf(StoreException.class).hasMessageContaining("plain-file");
    }
}
