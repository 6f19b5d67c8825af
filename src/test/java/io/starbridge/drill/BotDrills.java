package io.starbridge.drill;

import io.starbridge.bot.BotCrew;
import io.starbridge.replay.MissionRunner;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Command;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the built-in drills crewed by bots, wired as the {@code drill} command wires them. */
final class BotDrills {
    private BotDrills() {}

    static final Scenarios SCENARIOS = Scenarios.builtIn();

    static DrillRunner runner() { return new DrillRunner(SCENARIOS, BotDrills::bots); }

    static MissionRunner.CommandSource bots(Mission mission, long seed) {
        List<BotCrew> bots = BotCrew.forMission(mission, seed);
        return (tick, last) -> {
            List<Command> commands = new ArrayList<>();
            for (BotCrew b : bots) commands.addAll(b.act(last));
            return commands;
        };
    }

    static DrillSpec builtIn(String id) { return new DrillCatalog(SCENARIOS).find(id); }
}
