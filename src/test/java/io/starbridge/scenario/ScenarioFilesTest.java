package io.starbridge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.World;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.ship.Ship;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The built-in mission and drill files, and what the missions build. The golden replays check the worlds bit for bit. */
class ScenarioFilesTest {
    static List<Path> builtInFiles() {
        List<Path> all = new java.util.ArrayList<>(ScenarioFileCheck.filesIn(ScenarioFileCheck.MAIN_RESOURCES.resolve("missions")));
        all.addAll(ScenarioFileCheck.filesIn(ScenarioFileCheck.MAIN_RESOURCES.resolve("drills")));
        return all;
    }

    @ParameterizedTest
    @MethodSource("builtInFiles")
    void every_built_in_file_is_valid(Path file) {
        assertThat(ScenarioFileCheck.errorsOf(file)).isEmpty();
    }

    @Test
    void the_example_in_the_format_documentation_is_a_valid_mission_that_runs() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(Path.of("docs/scenario-format.md"));
        String example = doc.substring(doc.indexOf("```yaml\n", doc.indexOf("## Example")) + 8);
        example = example.substring(0, example.indexOf("```"));
        byte[] bytes = example.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(ScenarioFileCheck.errorsOf("scenario-format.md", bytes)).isEmpty();
        Mission m = ScenarioFiles.loadMission("example", bytes).start(5, null);
        for (int i = 0; i < 120; i++) m.step(List.of());
        assertThat(m.world().ships()).hasSize(2);
        assertThat(m.intel().briefing()).matches("A raider is \\d+ km out\\. Destroy it before it reaches the convoy\\.");
    }

    @Test
    void the_built_in_missions_are_the_files_and_the_battlefield_stays_in_code() {
        assertThat(Scenarios.builtIn().all()).extracting(Scenario::id).containsExactly("strike", "last-of-its-kind", "battlefield");
        assertThat(Scenarios.builtIn().byId("strike").description()).as("read from scenarios/missions/strike.yaml")
                .isEqualTo(ScenarioFiles.loadMission("strike.yaml", Scenarios.readResource("/scenarios/missions/strike.yaml")).description());
        assertThat(Scenarios.builtIn().byId("battlefield")).isInstanceOf(BattlefieldScenario.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 123456789})
    void the_strike_puts_the_mothership_3000_to_4000_km_out_with_vigil_facing_it_and_briefs_the_aim_astern(long seed) {
        Mission m = Scenarios.builtIn().byId("strike").start(seed, null);
        World w = m.world();
        Ship vigil = w.ship(1), mothership = w.ship(2);

        double distance = StrictMath.hypot(mothership.motion.x, mothership.motion.y);
        assertThat(distance).isBetween(3.0e6, 4.0e6);
        assertThat(vigil.motion.heading).isEqualTo(vigil.helm.targetHeading)
                .isCloseTo(StrictMath.atan2(mothership.motion.y, mothership.motion.x), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.playerShipIds()).containsExactly(1);
        assertThat(m.intel().targetShipId()).isEqualTo(2);
        assertThat(m.intel().aimX()).isEqualTo(mothership.motion.x - 3_500 * StrictMath.cos(mothership.motion.heading));
        assertThat(m.intel().briefing()).isEqualTo(String.format(Locale.ROOT,
                "The mothership holds position %.0f km out. Jump to %.0f, %.0f km — astern of it — cloak on the drop, "
                        + "scan, and strike its critical subsystems on the captain's order.",
                distance / 1000, m.intel().aimX() / 1000, m.intel().aimY() / 1000));
    }

    @Test
    void last_of_its_kind_boards_with_the_team_the_code_names_and_the_strangers_and_captives_of_its_seed() {
        Mission m = Scenarios.builtIn().byId(LastOfItsKindScenario.ID).start(7, null);
        var interiors = m.world().interiors();

        assertThat(interiors.team(1)).extracting(AwayMember::name).containsExactly("Okafor", "Lindqvist", "Marsh", "Tanaka")
                .hasSize(LastOfItsKindScenario.TEAM);
        assertThat(interiors.members()).filteredOn(AwayMember::character).extracting(AwayMember::name)
                .containsExactly("Stranger in white", "Second stranger in white");
        assertThat(interiors.captives().size()).isBetween(0, 2);
        assertThat(m.world().selfDestructs().of(2)).isNotNull();
        assertThat(interiors.interior(2).door("corridor-fore/bridge").name()).isEqualTo("JAMMED");
    }
}
