package io.starbridge.replay;

import io.starbridge.bot.BotCrew;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Command;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Test helper: records a bot run of a built-in scenario to a string and reads it back. */
final class RecordedRuns {
    private RecordedRuns() {}

    record Recorded(String text, MissionRunner.Result result) {}

    static Recorded record(String scenario, long seed, long maxTicks) {
        Mission mission = Scenarios.builtIn().byId(scenario).start(seed, null);
        List<BotCrew> bots = BotCrew.forMission(mission, seed);
        StringWriter text = new StringWriter();
        JournalWriter journal = new JournalWriter(text);
        journal.header(new Journal.Header(Journal.VERSION, scenario, seed, null, maxTicks / 60.0));
        MissionRunner.Result result = new MissionRunner(mission, (tick, last) -> {
            List<Command> commands = new ArrayList<>();
            for (BotCrew b : bots) commands.addAll(b.act(last));
            return commands;
        }).recordTo(journal).run(maxTicks, true);
        return new Recorded(text.toString(), result);
    }

    static Journal read(String text) throws IOException {
        return new JournalReader().read(new StringReader(text));
    }

    static MissionRunner.Result replay(Journal journal) {
        Replayer replayer = new Replayer(Scenarios.builtIn());
        return replayer.replay(journal, replayer.missionFor(journal), (t, e) -> { });
    }
}
