package io.starbridge.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.drill.MissionTimings;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.CaptiveFound;
import io.starbridge.sim.event.CaptiveRescued;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.interior.AwayMember;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LastOfItsKindBotsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 7, 13})
    void a_bot_crew_strikes_boards_sets_the_self_destruct_with_the_stranger_and_escapes_with_everyone(long seed) {
        Mission mission = Scenarios.builtIn().byId("last-of-its-kind").start(seed, null);
        List<BotCrew> crews = BotCrew.forMission(mission, seed);
        int vigil = mission.playerShipIds().get(0);
        MissionTimings timings = new MissionTimings(vigil, mission.intel().targetShipId(), 4);
        List<SimEvent> last = List.of();
        List<CommandRejected> rejected = new ArrayList<>();
        int found = 0, rescued = 0;
        while (!mission.ended() && mission.world().tick() < 60 * 1_800) {
            List<Command> commands = new ArrayList<>();
            for (BotCrew c : crews) commands.addAll(c.act(last));
            last = mission.step(commands);
            for (SimEvent e : last) {
                timings.accept(e);
                if (e instanceof CommandRejected r && r.origin().memberId().startsWith("bot-")) rejected.add(r);
                if (e instanceof CaptiveFound) found++;
                if (e instanceof CaptiveRescued) rescued++;
            }
        }

        assertThat(mission.outcome()).isEqualTo("victory");
        assertThat(mission.world().interiors().team(vigil)).hasSize(4).allMatch(AwayMember::alive)
                .allMatch(m -> m.shipId() == vigil);
        assertThat(rescued).as("every captive found is carried home").isEqualTo(found);
        assertThat(timings.figures()).containsKeys("dockToBridgeMs", "confirmToDetonationMs", "evacuationMarginMs");
        assertThat(timings.figures().get("confirmToDetonationMs")).isBetween(600_000L, 604_000L);
        assertThat(timings.figures().get("evacuationMarginMs")).isPositive();
        assertThat(rejected).as("a drilled crew sends nothing the ship refuses").isEmpty();
    }
}
