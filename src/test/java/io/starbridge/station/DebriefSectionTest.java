package io.starbridge.station;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.bot.BotCrew;
import io.starbridge.drill.MissionTimings;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.event.SelfDestructArmed;
import io.starbridge.sim.event.SimEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bot crew flies "last of its kind" to the end: while the mothership counts down, Vigil's stations
 * (and the view screen) carry it in {@code alert} with the team aboard; at the end every station of
 * Vigil gets the debrief — outcome, drill figures, hits per target subsystem, damage and crew.
 */
class DebriefSectionTest {
    @Test @SuppressWarnings("unchecked")
    void the_countdown_shows_while_armed_and_the_debrief_tells_the_whole_mission() {
        Mission mission = Scenarios.builtIn().byId("last-of-its-kind").start(1L, null);
        List<BotCrew> crews = BotCrew.forMission(mission, 1L);
        int vigil = mission.playerShipIds().get(0), enemy = mission.intel().targetShipId();
        DebriefSection debrief = new DebriefSection(vigil, enemy);
        MissionTimings timings = new MissionTimings(vigil, enemy, DebriefSection.criticals(mission.world(), enemy));
        Map<String, Object> alertAtArming = null;
        List<SimEvent> last = List.of();
        while (!mission.ended() && mission.world().tick() < 60 * 1_800) {
            List<Command> commands = new ArrayList<>();
            for (BotCrew c : crews) commands.addAll(c.act(last));
            last = mission.step(commands);
            debrief.observe(mission.world().tick(), last, mission.outcome());
            for (SimEvent e : last) timings.accept(e);
            assertThat(debrief.section(mission.world(), mission.outcome(), timings.figures()) == null)
                    .isEqualTo(mission.outcome() == null);
            if (alertAtArming == null && last.stream().anyMatch(e -> e instanceof SelfDestructArmed a && a.shipId() == enemy))
                alertAtArming = SelfDestructAlerts.section(mission.world(), mission.world().ship(vigil), Role.VIEWSCREEN);
        }

        assertThat(alertAtArming).isNotNull();
        Map<String, Object> countdown = (Map<String, Object>) ((Map<String, Object>) alertAtArming.get("selfDestructs"))
                .get(Integer.toString(enemy));
        assertThat(countdown).containsEntry("name", "Mothership").containsEntry("own", false)
                .containsEntry("secondsLeft", 600.0);
        assertThat((Integer) countdown.get("teamAboard")).isPositive();
        // afterwards nothing is armed any more
        assertThat((Map<String, Object>) SelfDestructAlerts.section(mission.world(), mission.world().ship(vigil), Role.HELM)
                .get("selfDestructs")).isEmpty();

        Map<String, Object> d = debrief.section(mission.world(), mission.outcome(), timings.figures());
        assertThat(d).containsEntry("outcome", "victory");
        assertThat((Map<String, Long>) d.get("figures")).containsKeys("jumpMs", "dropToCloakMs", "dropToDerelictMs",
                "dockToBridgeMs", "confirmToDetonationMs", "evacuationMarginMs");
        Map<String, Object> target = (Map<String, Object>) d.get("target");
        assertThat(target).containsEntry("destroyed", true);
        Map<String, Map<String, Object>> subs = (Map<String, Map<String, Object>>) target.get("subsystems");
        assertThat(subs.values()).filteredOn(s -> (Boolean) s.get("destroyed")).isNotEmpty()
                .allMatch(s -> (Integer) s.get("hits") > 0 && (Double) s.get("healthPercent") == 0.0);
        Map<String, Object> damage = (Map<String, Object>) d.get("damage");
        assertThat((Double) damage.get("hullPercent")).isBetween(0.0, 100.0);
        Map<String, Object> crew = (Map<String, Object>) d.get("crew");
        assertThat(crew).containsEntry("lost", 0);
        Map<String, Map<String, Object>> members = (Map<String, Map<String, Object>>) crew.get("members");
        assertThat(members).hasSize(4);
        assertThat(members.values()).allMatch(m -> m.get("shipName").equals("Vigil") && m.get("alive").equals(true)
                && m.get("room") instanceof String room && !room.isBlank());
        assertThat((Long) d.get("endedTick")).isPositive().isLessThanOrEqualTo(mission.world().tick());
    }

    @Test void a_ship_without_a_briefing_gets_no_target_part() {
        Mission mission = Scenarios.builtIn().byId("last-of-its-kind").start(2L, null);
        int vigil = mission.playerShipIds().get(0);
        DebriefSection debrief = new DebriefSection(vigil, -1);
        assertThat(debrief.section(mission.world(), null, Map.of())).isNull();
        Map<String, Object> d = debrief.section(mission.world(), "defeat", Map.of());
        assertThat(d).containsEntry("outcome", "defeat").containsKeys("figures", "damage", "crew").doesNotContainKey("target");
    }
}
