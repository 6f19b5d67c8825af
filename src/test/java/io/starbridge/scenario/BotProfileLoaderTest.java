package io.starbridge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.scenario.BotProfile.ReactionTime;
import io.starbridge.scenario.MissionSpec.ShipSpec;
import io.starbridge.sim.command.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A ship's {@code bots:} as the loader reads it; the broken files check its errors, the bot tests its effect. */
class BotProfileLoaderTest {
    private static MissionSpec load(String goodFile) {
        var file = ScenarioFileCheck.RESOURCES.resolve("good").resolve(goodFile);
        return new MissionLoader().load(goodFile, ScenarioFileCheck.bytes(file));
    }

    private static ShipSpec ship(MissionSpec spec, String id) {
        return spec.ships().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void every_key_of_the_good_files_bots_reaches_the_player_ships_profile() {
        MissionSpec spec = load("strike-green-crew.yaml");

        assertThat(ship(spec, "vigil").bots()).isEqualTo(new BotProfile(new ReactionTime(600, 900),
                Map.of(Role.HELM, new ReactionTime(300, 500)), 4_800, true, 3_000, 4_500, true, 12,
                List.of("weapons-control", "reactor", "main-drive", "sensor-array", "point-defence"), true));
        assertThat(ship(spec, "mothership").bots()).as("an AI-crewed ship has no bot crew").isNull();
    }

    @Test
    void keys_left_out_keep_the_drilled_crews_values_and_a_station_without_its_own_takes_the_crews() {
        BotProfile green = ship(load("strike-green-crew.yaml"), "vigil").bots();

        assertThat(green.reactionOf(Role.HELM)).isEqualTo(new ReactionTime(300, 500));
        assertThat(green.reactionOf(Role.ENGINEERING)).isEqualTo(new ReactionTime(600, 900));
        assertThat(green.torpedoIntervalTicks()).isEqualTo(720);
        assertThat(ship(load("patrol.yaml"), "vigil").bots()).as("no 'bots:'").isSameAs(BotProfile.DRILLED);
    }

    @Test
    void a_file_built_mission_hands_each_player_ship_its_profile_and_code_built_ones_the_drilled_crew() {
        Mission green = new FileScenario(load("strike-green-crew.yaml"), "test").start(3, null);
        Mission shipped = Scenarios.builtIn().byId("strike").start(3, null);

        assertThat(green.botProfile(green.playerShipIds().get(0)).standoffMetres()).isEqualTo(4_800);
        assertThat(shipped.botProfile(shipped.playerShipIds().get(0))).isSameAs(BotProfile.DRILLED);
        assertThat(Scenarios.builtIn().byId("battlefield").start(1, null).botProfile(1)).isSameAs(BotProfile.DRILLED);
        assertThat(green.restoredTo(green.state()).botProfile(1)).as("a snapshot restore keeps the file's crew")
                .isEqualTo(green.botProfile(1));
    }

    @Test
    void the_drilled_crew_is_the_bots_constants_from_before_profiles_150_to_350_ms_is_9_to_21_ticks() {
        BotProfile d = BotProfile.DRILLED;

        assertThat(d.reaction().minTicks()).isEqualTo(9);
        assertThat(d.reaction().maxTicks()).isEqualTo(21);
        assertThat(d.stationReactions()).isEmpty();
        assertThat(d.standoffMetres()).isEqualTo(3_200);
        assertThat(d.evadeRangeMetres()).isEqualTo(2_500);
        assertThat(d.releaseRangeMetres()).isEqualTo(4_500);
        assertThat(d.torpedoIntervalTicks()).isEqualTo(6 * 60);
        assertThat(d.targetOrder()).containsExactly("weapons-control", "reactor", "main-drive", "sensor-array",
                "point-defence", "shield-emitters", "jump-drive", "hangar", "life-support");
        assertThat(d.evade() && d.torpedoes() && d.cloakOnDrop()).isTrue();
    }

    @Test
    void a_target_order_may_name_the_subsystems_of_the_files_own_hull_classes() {
        String file = new String(ScenarioFileCheck.bytes(ScenarioFileCheck.RESOURCES.resolve("good/custom-hulls.yaml")),
                StandardCharsets.UTF_8)
                .replace("crew: player}", "crew: player, bots: {targetOrder: [warp-core, reactor]}}");
        String withWarpCore = file.replace("{id: jump, name: Hyperspace drive", "{id: warp-core, name: Warp core")
                .replace("[reactor, drive, jump]", "[reactor, drive, warp-core]");

        MissionSpec spec = new MissionLoader().load("custom-hulls.yaml", withWarpCore.getBytes(StandardCharsets.UTF_8));
        assertThat(ship(spec, "swift").bots().targetOrder()).containsExactly("warp-core", "reactor");
        assertThat(ScenarioFileCheck.errorsOf("custom-hulls.yaml", file.getBytes(StandardCharsets.UTF_8)))
                .extracting(FileError::message).singleElement().asString()
                .startsWith("ships[0].bots.targetOrder[0]: unknown subsystem 'warp-core'");
    }

    @Test
    void the_station_names_the_loader_maps_are_the_keys_it_accepts() {
        assertThat(BotProfileLoader.STATIONS.keySet()).isEqualTo(MissionKeys.BOT_STATIONS.optional());
        assertThat(BotProfileLoader.STATIONS.values()).doesNotHaveDuplicates();
    }

    @Test
    void reaction_times_round_to_whole_ticks() {
        assertThat(new ReactionTime(0, 1).maxTicks()).isZero();
        assertThat(new ReactionTime(25, 10_000).minTicks()).isEqualTo(2);
        assertThat(new ReactionTime(25, 10_000).maxTicks()).isEqualTo(600);
    }
}
