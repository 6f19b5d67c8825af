package io.starbridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.starbridge.bot.BotCrew;
import io.starbridge.drill.DrillCatalog;
import io.starbridge.drill.DrillFileException;
import io.starbridge.drill.DrillResult;
import io.starbridge.drill.DrillRun;
import io.starbridge.drill.DrillRunner;
import io.starbridge.drill.DrillSpec;
import io.starbridge.drill.FigureSummary;
import io.starbridge.replay.MissionRunner;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Command;
import io.starbridge.store.DrillRecorder;
import io.starbridge.store.Store;
import io.starbridge.store.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** {@code drill}: runs a drill N times with bot crews and prints each run's figures and their summary. */
@picocli.CommandLine.Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Runs a drill again and again with bot crews and prints its figures (simulated ms).")
final class DrillCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--drill", required = true,
            description = "Drill id (drop-and-cloak, critical-strike, boarding, self-destruct-evac) or a drill .yaml file.")
    String drill;

    @Option(names = "--crew", defaultValue = "bots", description = "Who crews the player ships: bots (the only choice headless).")
    String crew;

    @Option(names = "--repeat", defaultValue = "1", description = "How many runs (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the first run; run i uses seed + i (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--data", description = "Data directory: store each run, its figures and journal in DIR/starbridge.db "
            + "(after-action review in 'serve --data DIR'); each run in the JSON then has its 'runId'. The mission and "
            + "drill files in DIR/scenarios/ can be drilled too, as 'serve --data DIR' offers them.")
    java.nio.file.Path data;

    @Override public Integer call() throws Exception {
        if (!crew.equals("bots")) {
            System.err.println("drill: --crew must be 'bots' (human crews drill through 'serve')");
            return 2;
        }
        if (repeat < 1) {
            System.err.println("drill: --repeat must be at least 1");
            return 2;
        }
        ServeCommand.ScenarioFilesFound files = data == null
                ? new ServeCommand.ScenarioFilesFound(Scenarios.builtIn(), List.of())
                : ServeCommand.withScenarioFiles(data.resolve("scenarios"), System.err);
        Scenarios scenarios = files.scenarios();
        DrillResult result;
        List<String> runIds = null;
        try {
            // a drill file of the data directory by its id, else a built-in drill or a drill file's path
            DrillSpec spec = files.drills().stream().filter(d -> d.id().equals(drill)).findFirst()
                    .orElseGet(() -> new DrillCatalog(scenarios).find(drill));
            DrillRunner runner = new DrillRunner(scenarios, DrillCommand::bots);
            if (data == null) {
                result = runner.run(spec, seed, repeat);
            } else {
                try (Store store = Store.open(data)) {
                    DrillRecorder.Recorded recorded = new DrillRecorder(store, runner, crew).run(spec, seed, repeat);
                    result = recorded.result();
                    runIds = recorded.runIds();
                }
            }
        } catch (DrillFileException | IllegalArgumentException | StoreException e) {
            System.err.println("drill: " + e.getMessage());
            return 2;
        }
        Map<String, Object> report = report(result);
        if (runIds != null) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> runs = (List<Map<String, Object>>) report.get("runs");
            for (int i = 0; i < runs.size(); i++) runs.get(i).put("runId", runIds.get(i));
        }
        System.out.println(json ? JSON.writeValueAsString(report) : text(result));
        return 0;
    }

    /** A bot crew per player ship, seeded from the run's seed like {@code play}. */
    private static MissionRunner.CommandSource bots(Mission mission, long seed) {
        List<BotCrew> bots = BotCrew.forMission(mission, seed);
        return (tick, last) -> {
            List<Command> commands = new ArrayList<>();
            for (BotCrew bot : bots) commands.addAll(bot.act(last));
            return commands;
        };
    }

    /** The contract's object: drill, runs [{seed, figures}], summary {figure: {best, median, p90}}, plus a few extras. */
    static Map<String, Object> report(DrillResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("drill", result.spec().id());
        out.put("title", result.spec().title());
        out.put("scenario", result.spec().scenario());
        List<Map<String, Object>> runs = new ArrayList<>();
        for (DrillRun r : result.runs()) runs.add(r.toJson());
        out.put("runs", runs);
        out.put("completedRuns", result.completedRuns());
        Map<String, Object> summary = FigureSummary.toJson(result.summary());
        out.put("summary", summary);
        return out;
    }

    private static String text(DrillResult result) {
        StringBuilder b = new StringBuilder(result.spec().id() + ": " + result.completedRuns() + "/" + result.runs().size()
                + " runs completed\n");
        for (DrillRun r : result.runs())
            b.append("  seed ").append(r.seed()).append(": ").append(r.completed() ? r.figures() : "not completed").append('\n');
        result.summary().forEach((name, s) -> b.append("  ").append(name).append(": best ").append(s.best())
                .append(" ms, median ").append(s.median()).append(" ms, p90 ").append(s.p90()).append(" ms\n"));
        return b.toString().stripTrailing();
    }
}
