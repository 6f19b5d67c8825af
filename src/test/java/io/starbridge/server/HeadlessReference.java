package io.starbridge.server;

import io.starbridge.bot.BotCrew;
import io.starbridge.replay.MissionRunner;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fault-free run a soak is compared with: the same scenario, seed and bot crew played headless by
 * {@link MissionRunner}, as {@code play} does, remembering every tick's commands.
 * @param commandsByTick each tick's commands in application order (ticks without commands absent)
 */
record HeadlessReference(String scenarioId, long seed, long ticks, long stateHash, String outcome,
                         Map<Long, List<Command>> commandsByTick) {

    static HeadlessReference play(String scenarioId, long seed, long maxTicks) {
        Mission mission = Scenarios.builtIn().byId(scenarioId).start(seed, null);
        List<BotCrew> bots = BotCrew.forMission(mission, seed);
        Map<Long, List<Command>> byTick = new TreeMap<>();
        MissionRunner.Result result = new MissionRunner(mission, (tick, last) -> {
            List<Command> commands = new ArrayList<>();
            for (BotCrew bot : bots) commands.addAll(bot.act(last));
            if (!commands.isEmpty()) byTick.put(tick, List.copyOf(commands));
            return commands;
        }).run(maxTicks, true);
        return new HeadlessReference(scenarioId, seed, result.ticks(), result.stateHash(), result.outcome(), byTick);
    }

    int commandCount() {
        int n = 0;
        for (List<Command> c : commandsByTick.values()) n += c.size();
        return n;
    }
}
