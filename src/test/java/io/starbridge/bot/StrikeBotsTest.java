package io.starbridge.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.drill.MissionTimings;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.SimEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrikeBotsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 8, 21, 34, 55})
    void a_drilled_bot_crew_jumps_cloaks_on_the_drop_and_leaves_the_mothership_derelict(long seed) {
        Mission mission = Scenarios.builtIn().byId("strike").start(seed, null);
        BotCrew crew = new BotCrew(mission, mission.playerShipIds().get(0), seed);
        MissionTimings timings = new MissionTimings(1, mission.intel().targetShipId(), 4);
        List<SimEvent> last = List.of();
        List<CommandRejected> rejected = new ArrayList<>();
        while (!mission.ended() && mission.world().tick() < 60 * 600) {
            List<Command> commands = crew.act(last);
            last = mission.step(commands);
            for (SimEvent e : last) {
                timings.accept(e);
                if (e instanceof CommandRejected r && r.origin().memberId().startsWith("bot-")) rejected.add(r);
            }
        }

        assertThat(mission.outcome()).isEqualTo("derelict");
        // the cloak follows the drop after the bots' next look at the station (20 Hz: 0–33 ms) and one
        // drilled reaction (150–350 ms)
        assertThat(timings.figures().get("dropToCloakMs")).isBetween(150L, 384L);
        assertThat(timings.figures()).containsKeys("dropToScanMs", "dropToExecuteMs", "dropToDerelictMs");
        assertThat(rejected).as("a drilled crew sends nothing the ship refuses").isEmpty();
    }
}
