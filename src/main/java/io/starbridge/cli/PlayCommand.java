package io.starbridge.cli;

import io.starbridge.bot.BotCrew;
import io.starbridge.drill.MissionTimings;
import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalWriter;
import io.starbridge.replay.MissionRunner;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenario;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.Tick;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.SimEvent;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Option;

/** {@code play}: a mission headless with bot crews, as fast as the CPU allows. */
@picocli.CommandLine.Command(name = "play", mixinStandardHelpOptions = true,
        description = "Plays a scenario headless with bot crews and prints the result.")
final class PlayCommand implements Callable<Integer> {
    /** Simulated-time cap when --duration is not given, seconds. */
    static final double DEFAULT_DURATION_SECONDS = 1_800;

    @Option(names = "--scenario", required = true, description = "Scenario id, e.g. strike, battlefield.")
    String scenarioId;

    @Option(names = "--crew", defaultValue = "bots", description = "Who crews the player ships: bots (the only choice headless).")
    String crew;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the run; different seeds give different runs.")
    long seed;

    @Option(names = "--size", description = "Scenario size, e.g. medium, large, huge for battlefield.")
    String size;

    @Option(names = "--duration", description = "Cap on simulated seconds (default ${DEFAULT-VALUE}).", defaultValue = "1800")
    double durationSeconds;

    @Option(names = "--record", description = "Write the journal (JSON Lines) to this file.")
    Path record;

    @Option(names = "--data", description = "Data directory: the mission files in DIR/scenarios/ can be played too "
            + "(as 'serve --data DIR' offers them); notes about them go to stderr.")
    java.nio.file.Path data;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override public Integer call() throws IOException {
        if (!crew.equals("bots")) {
            System.err.println("play: --crew must be 'bots' (human crews play through 'serve')");
            return 2;
        }
        if (!(durationSeconds > 0)) {
            System.err.println("play: --duration must be a positive number of seconds");
            return 2;
        }
        Scenario scenario;
        Mission mission;
        try {
            Scenarios scenarios = data == null ? Scenarios.builtIn()
                    : ServeCommand.withScenarioFiles(data.resolve("scenarios"), System.err).scenarios();
            scenario = scenarios.byId(scenarioId);
            mission = scenario.start(seed, size);
        } catch (IllegalArgumentException e) {
            System.err.println("play: " + e.getMessage());
            return 2;
        }
        List<BotCrew> bots = BotCrew.forMission(mission, seed);
        MissionTimings timings = MissionTimings.forMission(mission);
        int[] commandCount = {0};
        MissionRunner runner = new MissionRunner(mission, (tick, last) -> {
            List<Command> commands = new ArrayList<>();
            for (BotCrew bot : bots) commands.addAll(bot.act(last));
            commandCount[0] += commands.size();
            return commands;
        });
        if (timings != null) runner.onEvents((tick, events) -> { for (SimEvent e : events) timings.accept(e); });
        long maxTicks = Math.round(durationSeconds * Tick.HZ);
        long start = System.nanoTime();
        MissionRunner.Result result;
        if (record != null) {
            try (Writer out = Files.newBufferedWriter(record, StandardCharsets.UTF_8);
                 JournalWriter journal = new JournalWriter(out)) {
                journal.header(new Journal.Header(Journal.VERSION, scenarioId, seed, size, durationSeconds));
                result = runner.recordTo(journal).run(maxTicks, true);
            }
        } else {
            result = runner.run(maxTicks, true);
        }
        long wall = System.nanoTime() - start;
        var report = RunReport.of(mission, seed, result, timings, wall, commandCount[0]);
        System.out.println(json ? RunReport.json(report) : RunReport.text(report));
        return 0;
    }
}
