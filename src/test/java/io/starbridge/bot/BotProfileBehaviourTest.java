package io.starbridge.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.bot.ProfiledStrike.Run;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.ScenarioFiles;
import io.starbridge.sim.command.CombatManeuver;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.LaunchTorpedo;
import io.starbridge.sim.command.SetCloak;
import io.starbridge.sim.command.SetWeaponsTarget;
import io.starbridge.sim.event.CloakEngaged;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.event.WeaponsReleased;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mission file's {@code bots:} changes what the bot crew does, knob by knob, against the drilled crew
 * of the same strike and seed ({@link ProfiledStrike}); the defaults change nothing.
 */
class BotProfileBehaviourTest {
    /** The cloak follows the drop after the next look (20 Hz: 0–33 ms) and one reaction. */
    private static final long LOOK_MS = 34;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 8, 21})
    void a_slow_crew_cloaks_later_after_the_drop_than_the_drilled_crew(long seed) {
        long drilled = ProfiledStrike.play(null, seed, 60, 0).figures().get("dropToCloakMs");
        long slow = ProfiledStrike.play("{reactionMs: [900, 1200]}", seed, 60, 0).figures().get("dropToCloakMs");

        assertThat(drilled).isBetween(150L, 350 + LOOK_MS);
        assertThat(slow).isBetween(900L, 1_200 + LOOK_MS);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 8, 21})
    void a_station_override_slows_that_station_alone(long seed) {
        long slowEngineer = ProfiledStrike.play("{stations: {engineering: {reactionMs: [1000, 1000]}}}", seed, 60, 0)
                .figures().get("dropToCloakMs");
        long slowHelm = ProfiledStrike.play("{stations: {helm: {reactionMs: [2000, 2000]}}}", seed, 60, 0)
                .figures().get("dropToCloakMs");

        assertThat(slowEngineer).as("engineering engages the cloak").isBetween(1_000L, 1_000 + LOOK_MS);
        assertThat(slowHelm).as("the helm's hands are not on the cloak").isBetween(150L, 350 + LOOK_MS);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 8, 21})
    void a_bigger_standoff_keeps_the_helm_farther_from_the_target(long seed) {
        // sampled from 20 s after the drop, once the helm has closed to its range, until the mothership is a derelict
        double drilled = ProfiledStrike.play(null, seed, 600, 20).medianRangeMetres();
        double distant = ProfiledStrike.play("{standoff: 5000}", seed, 600, 20).medianRangeMetres();

        assertThat(drilled).isBetween(3_000.0, 3_400.0);
        assertThat(distant).isBetween(4_700.0, 5_100.0);
    }

    @Test
    void a_crew_told_not_to_cloak_on_the_drop_never_cloaks() {
        Run drilled = ProfiledStrike.play(null, 8, 120, 0);
        Run open = ProfiledStrike.play("{cloakOnDrop: false}", 8, 120, 0);

        assertThat(drilled.events()).hasAtLeastOneElementOfType(CloakEngaged.class);
        assertThat(open.events()).noneMatch(e -> e instanceof CloakEngaged);
        assertThat(open.commands()).noneMatch(c -> c instanceof SetCloak);
        assertThat(open.figures()).doesNotContainKey("dropToCloakMs").containsKey("dropToExecuteMs");
    }

    @Test
    void a_crew_without_torpedoes_launches_none_and_a_slower_cadence_launches_fewer() {
        long drilled = count(ProfiledStrike.play(null, 8, 60, 0), LaunchTorpedo.class);
        long sparing = count(ProfiledStrike.play("{torpedoIntervalSeconds: 30}", 8, 60, 0), LaunchTorpedo.class);
        long none = count(ProfiledStrike.play("{torpedoes: false}", 8, 60, 0), LaunchTorpedo.class);

        // the first minute: about 45 s after the drop, one order every 6 s against one every 30 s
        assertThat(drilled).isGreaterThanOrEqualTo(4);
        assertThat(sparing).isBetween(1L, 2L);
        assertThat(none).isZero();
    }

    @Test
    void a_crew_told_not_to_evade_fires_no_evasive_burst() {
        long drilled = 0, steady = 0;
        for (long seed : new long[] {1, 8, 21}) {
            drilled += count(ProfiledStrike.play(null, seed, 600, 0), CombatManeuver.class);
            steady += count(ProfiledStrike.play("{evade: false}", seed, 600, 0), CombatManeuver.class);
        }

        assertThat(drilled).as("the drilled crew dodges").isPositive();
        assertThat(steady).isZero();
    }

    @Test
    void a_release_range_short_of_the_standoff_keeps_the_weapons_held() {
        Run drilled = ProfiledStrike.play(null, 8, 120, 0);
        Run held = ProfiledStrike.play("{releaseRange: 500}", 8, 120, 0);

        assertThat(drilled.events()).anyMatch(BotProfileBehaviourTest::vigilReleased);
        // the helm holds 3.2 km from the centre, 2.3 km off the hull: never within 500 m of it
        assertThat(held.events()).noneMatch(BotProfileBehaviourTest::vigilReleased);
        assertThat(held.figures()).containsKey("dropToScanMs").doesNotContainKey("dropToExecuteMs");
    }

    @Test
    void weapons_train_first_on_the_files_first_subsystem() {
        Run drilled = ProfiledStrike.play(null, 8, 60, 0);
        Run sensorsFirst = ProfiledStrike.play("{targetOrder: [sensor-array, reactor]}", 8, 60, 0);

        assertThat(firstAim(drilled)).isEqualTo("weapons-control");
        assertThat(firstAim(sensorsFirst)).isEqualTo("sensor-array");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 21})
    void the_drilled_values_written_out_play_bit_for_bit_as_no_bots_key(long seed) {
        Run shipped = ProfiledStrike.play(null, seed, 600, 0);
        Run spelledOut = ProfiledStrike.play("{reactionMs: [150, 350], standoff: 3200, evade: true, evadeRange: 2500,"
                + " releaseRange: 4500, torpedoes: true, torpedoIntervalSeconds: 6, cloakOnDrop: true, targetOrder:"
                + " [weapons-control, reactor, main-drive, sensor-array, point-defence, shield-emitters, jump-drive, hangar,"
                + " life-support]}", seed, 600, 0);

        assertThat(spelledOut.stateHash()).isEqualTo(shipped.stateHash());
        assertThat(spelledOut.commands()).isEqualTo(shipped.commands());
    }

    @Test
    void the_same_seed_and_profile_play_the_same_run() throws Exception {
        byte[] green = Files.readAllBytes(Path.of("src/test/resources/scenarios/good/strike-green-crew.yaml"));
        Run first = playFile(green, 5), second = playFile(green, 5);

        assertThat(second.stateHash()).isEqualTo(first.stateHash());
        assertThat(second.commands()).isEqualTo(first.commands());
        assertThat(second.figures()).isEqualTo(first.figures());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 8, 21})
    void the_good_files_green_crew_cloaks_later_stands_off_farther_and_still_wins(long seed) throws Exception {
        byte[] green = Files.readAllBytes(Path.of("src/test/resources/scenarios/good/strike-green-crew.yaml"));
        Run run = playFile(green, seed);
        Run drilled = ProfiledStrike.play(null, seed, 600, 20);

        assertThat(run.figures().get("dropToCloakMs")).isBetween(600L, 900 + LOOK_MS)
                .isGreaterThan(drilled.figures().get("dropToCloakMs"));
        assertThat(run.medianRangeMetres()).isGreaterThan(drilled.medianRangeMetres() + 1_000);
        assertThat(run.mission().outcome()).isEqualTo("derelict");
        assertThat(run.rejected()).as("a green crew still sends nothing the ship refuses").isEmpty();
    }

    private static Run playFile(byte[] file, long seed) {
        Mission mission = ScenarioFiles.loadMission("strike-green-crew.yaml", file).start(seed, null);
        return ProfiledStrike.playMission(mission, seed, 600, 20);
    }

    /** Vigil (ship 1, the player ship) released its weapons: the captain's execute order. */
    private static boolean vigilReleased(SimEvent e) {
        return e instanceof WeaponsReleased w && w.shipId() == 1 && w.released();
    }

    private static long count(Run run, Class<? extends Command> kind) {
        return run.commands().stream().filter(kind::isInstance).count();
    }

    private static String firstAim(Run run) {
        return run.commands().stream().filter(c -> c instanceof SetWeaponsTarget).map(c -> ((SetWeaponsTarget) c).subsystemId())
                .findFirst().orElse(null);
    }
}
