package io.starbridge.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.bot.BotCrew;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import io.starbridge.sim.ship.SubsystemKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in missions' objectives, ticked by bot crews: in the order of the mission's beats, and all
 * of them done when the mission is won. Objectives only read the world, so the runs are the same runs.
 */
class MissionObjectivesTest {
    private static final List<String> STRIKE = List.of("jump", "cloak", "scan", "release", "critical", "derelict");
    private static final List<String> LAST_OF_ITS_KIND =
            List.of("jump", "cloak", "scan", "cripple", "dock", "bridge", "self-destruct", "evacuate", "escape");

    /** Runs a bot-crewed mission to its end; returns the objective ids in the order they were done. */
    private static List<String> runWithBots(Mission mission, long seed, long maxTicks) {
        List<BotCrew> crews = BotCrew.forMission(mission, seed);
        List<String> doneInOrder = new ArrayList<>();
        List<SimEvent> last = List.of();
        while (!mission.ended() && mission.world().tick() < maxTicks) {
            List<Command> commands = new ArrayList<>();
            for (BotCrew c : crews) commands.addAll(c.act(last));
            last = mission.step(commands);
            for (ObjectiveStatus o : mission.objectives())
                if (o.done() && !doneInOrder.contains(o.id())) doneInOrder.add(o.id());
        }
        return doneInOrder;
    }

    /**
     * The strike's {@code critical} means every critical subsystem, the sensor array too; a derelict needs
     * only reactor, drives and weapons, and the bots stop there. So at derelict five are done in order, and
     * {@code critical} ticks as soon as the sensor array goes as well.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void a_bot_crew_ticks_the_strike_objectives_in_order_and_critical_waits_for_the_last_critical_subsystem(long seed) {
        Mission mission = Scenarios.builtIn().byId("strike").start(seed, null);
        assertThat(mission.objectives()).extracting(ObjectiveStatus::id).containsExactlyElementsOf(STRIKE);
        assertThat(mission.objectives()).noneMatch(ObjectiveStatus::done);

        List<String> order = runWithBots(mission, seed, 60 * 600);

        assertThat(mission.outcome()).isEqualTo("derelict");
        assertThat(order).containsExactly("jump", "cloak", "scan", "release", "derelict");
        Ship mothership = mission.world().ship(mission.intel().targetShipId());
        Subsystem sensors = mothership.subsystemOf(SubsystemKind.SENSORS);
        assertThat(sensors.critical() && !sensors.destroyed()).as("the sensor array still stands").isTrue();

        sensors.damage(sensors.health() + 1);
        mission.step(List.of());

        assertThat(mission.objectives()).allMatch(ObjectiveStatus::done);
    }

    @Test
    void the_strike_objectives_keep_their_ids_and_texts_for_every_player_ship() {
        Mission mission = Scenarios.builtIn().byId("strike").start(1, null);

        assertThat(mission.objectives()).extracting(ObjectiveStatus::text).containsExactly("Jump to the aim point",
                "Cloak on the drop", "Scan the target", "Release weapons", "Destroy the target's critical subsystems",
                "Leave the target a derelict");
        assertThat(mission.objectives()).allMatch(o -> o.shipId() == -1 && o.isFor(mission.playerShipIds().get(0)));
    }

    @Test
    void a_bot_crew_that_wins_last_of_its_kind_has_done_every_objective_in_the_order_of_its_beats() {
        Mission mission = Scenarios.builtIn().byId("last-of-its-kind").start(7, null);

        List<String> order = runWithBots(mission, 7, 60 * 1_800);

        assertThat(mission.outcome()).isEqualTo("victory");
        assertThat(order).containsExactlyElementsOf(LAST_OF_ITS_KIND);
        assertThat(mission.objectives()).allMatch(ObjectiveStatus::done);
    }

    @Test
    void a_file_without_objectives_gives_an_empty_list() {
        java.nio.file.Path file = ScenarioFileCheck.RESOURCES.resolve("good/patrol.yaml");
        MissionSpec spec = new MissionLoader().load(file.toString(), ScenarioFileCheck.bytes(file));
        Mission mission = new FileScenario(spec, file.toString()).start(1, null);

        assertThat(mission.objectives()).isEmpty();
        mission.step(List.of());
        assertThat(mission.objectives()).isEmpty();
    }

    /**
     * scenarios/good/objectives.yaml: a timer objective, an objective on conditions only, a trigger that
     * tests it, and an objective on the outcome that trigger sets — all on the tick the timer runs out.
     */
    @Test
    void objectives_and_triggers_see_each_other_on_the_same_tick_and_each_ship_gets_its_own() {
        java.nio.file.Path file = ScenarioFileCheck.RESOURCES.resolve("good/objectives.yaml");
        Mission mission = new FileScenario(new MissionLoader().load("objectives.yaml", ScenarioFileCheck.bytes(file)), "objectives.yaml")
                .start(1, null);
        int vigil = mission.playerShipIds().get(0), lantern = mission.playerShipIds().get(1);

        for (int i = 0; i < 59; i++) mission.step(List.of());
        assertThat(mission.objectives()).noneMatch(ObjectiveStatus::done);
        mission.step(List.of()); // tick 60: the one-second timer runs out

        assertThat(mission.outcome()).isEqualTo("held");
        assertThat(mission.objectives()).filteredOn(ObjectiveStatus::done).extracting(ObjectiveStatus::id)
                .containsExactly("hold", "all-held", "held");
        ObjectiveStatus arrive = mission.objectives().get(0), scout = mission.objectives().get(1), held = mission.objectives().get(4);
        assertThat(arrive.isFor(vigil)).isTrue();
        assertThat(arrive.isFor(lantern)).isFalse();
        assertThat(scout.isFor(lantern)).isTrue();
        assertThat(scout.isFor(vigil)).isFalse();
        assertThat(held.isFor(vigil) && held.isFor(lantern)).isTrue();

        for (int i = 0; i < 120; i++) mission.step(List.of());
        assertThat(mission.objectives()).filteredOn(ObjectiveStatus::done).extracting(ObjectiveStatus::id)
                .as("done stays done").containsExactly("hold", "all-held", "held");
    }
}
