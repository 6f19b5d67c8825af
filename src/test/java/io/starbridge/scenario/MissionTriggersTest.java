package io.starbridge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.Tick;
import io.starbridge.sim.event.CommsMessage;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.event.WeaponsReleased;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Triggers and timers of a mission file (scenarios/good/timed-ambush.yaml), run without any player commands. */
class MissionTriggersTest {
    private static final int RAIDER = 2, VIGIL = 1;

    private static Mission timedAmbush(long seed) {
        var file = ScenarioFileCheck.RESOURCES.resolve("good/timed-ambush.yaml");
        return ScenarioFiles.loadMission(file.toString(), ScenarioFileCheck.bytes(file)).start(seed, null);
    }

    /** Every event of the first {@code ticks} ticks, and the state hash after each tick. */
    private record Run(List<SimEvent> events, List<Long> hashes, Mission mission) {}

    private static Run run(long seed, int ticks) {
        Mission mission = timedAmbush(seed);
        List<SimEvent> events = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        for (int i = 0; i < ticks; i++) {
            events.addAll(mission.step(List.of()));
            hashes.add(mission.world().stateHash());
        }
        return new Run(events, hashes, mission);
    }

    @Test
    void an_event_trigger_speaks_on_the_tick_of_its_event_and_its_timer_decides_the_outcome_exactly_three_seconds_later() {
        Run run = run(7, 400);

        long released = run.events().stream().filter(e -> e instanceof WeaponsReleased w && w.shipId() == RAIDER)
                .mapToLong(SimEvent::tick).findFirst().orElseThrow();
        assertThat(run.events()).filteredOn(e -> e instanceof CommsMessage).map(e -> (CommsMessage) e)
                .filteredOn(m -> m.text().equals("The raider has armed its weapons."))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.tick()).isEqualTo(released);
                    assertThat(m.shipId()).isEqualTo(VIGIL);
                    assertThat(m.fromMember()).isEqualTo("Fleet command");
                    assertThat(m.channel()).isEqualTo("mission");
                });
        assertThat(run.mission().outcome()).isEqualTo("ambushed");
        assertThat(run.mission().endTick()).isEqualTo(released + 3 * Tick.HZ);
    }

    @Test
    void a_timer_running_from_the_start_fires_once_at_its_tick_and_only_while_its_condition_holds() {
        Run run = run(7, 400);

        assertThat(run.events()).filteredOn(e -> e instanceof CommsMessage m && m.text().equals("Check in."))
                .extracting(SimEvent::tick).containsExactly((long) 2 * Tick.HZ);
    }

    @Test
    void a_trigger_whose_condition_fails_does_not_fire_and_a_later_one_for_the_same_moment_does() {
        Run run = run(7, 400);

        // the ambush timer runs out after the check-in timer stopped, so 'timerRunning: check-in' is false
        assertThat(run.mission().outcome()).isNotEqualTo("impossible").isEqualTo("ambushed");
    }

    @Test
    void the_same_seed_and_commands_give_the_same_events_and_hashes_tick_by_tick() {
        Run first = run(11, 400), second = run(11, 400);

        assertThat(second.hashes()).isEqualTo(first.hashes());
        assertThat(second.events()).isEqualTo(first.events());
        assertThat(second.mission().endTick()).isEqualTo(first.mission().endTick());
    }

    @Test
    void triggers_never_change_the_world_so_its_hash_is_the_simulations_alone() {
        Mission scripted = timedAmbush(3);
        // the same world without its script: the outcome rule of a code-built mission that never ends
        Mission bare = new Mission("bare", null, new io.starbridge.sim.Simulation(timedAmbush(3).world()), List.of(VIGIL), null, (w, e) -> null);

        for (int i = 0; i < 300; i++) {
            scripted.step(List.of());
            bare.step(List.of());
        }
        assertThat(scripted.world().stateHash()).isEqualTo(bare.world().stateHash());
    }
}
