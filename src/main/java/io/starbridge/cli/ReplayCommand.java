package io.starbridge.cli;

import io.starbridge.drill.MissionTimings;
import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalFormatException;
import io.starbridge.replay.JournalReader;
import io.starbridge.replay.MissionRunner;
import io.starbridge.replay.ReplayDivergence;
import io.starbridge.replay.Replayer;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.event.SimEvent;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code replay FILE}: re-simulates a journal and verifies every checkpoint hash. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-simulates a recorded journal; exits 3 naming the tick if a checkpoint hash diverges.")
final class ReplayCommand implements Callable<Integer> {
    /** Exit code for a diverged replay. */
    static final int DIVERGED = 3;

    @Parameters(index = "0", description = "Journal file written by play --record.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--data", paramLabel = "DIR", description = "Also know the mission files of DIR/scenarios/*.yaml, as "
            + "'serve --data DIR' does: a journal of a game of such a mission replays too")
    Path data;

    @Override public Integer call() throws IOException {
        Journal journal;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            journal = new JournalReader().read(in);
        } catch (JournalFormatException e) {
            System.err.println("replay: " + file + ": " + e.getMessage());
            return 2;
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("replay: no such file " + file);
            return 2;
        }
        Scenarios scenarios = data == null ? Scenarios.builtIn() : ServeCommand.withScenarioFiles(data.resolve("scenarios"), System.err).scenarios();
        Replayer replayer = new Replayer(scenarios);
        Mission mission;
        try {
            mission = replayer.missionFor(journal);
        } catch (IllegalArgumentException e) {
            System.err.println("replay: " + e.getMessage());
            return 2;
        }
        MissionTimings timings = MissionTimings.forMission(mission);
        long start = System.nanoTime();
        try {
            MissionRunner.Result result = replayer.replay(journal, mission,
                    (tick, events) -> { if (timings != null) for (SimEvent e : events) timings.accept(e); });
            var report = RunReport.of(mission, journal.header().seed(), result, timings, System.nanoTime() - start,
                    journal.commandCount());
            report.put("verified", true);
            System.out.println(json ? RunReport.json(report) : RunReport.text(report) + " (verified)");
            return 0;
        } catch (ReplayDivergence d) {
            System.err.println("replay: " + d.getMessage());
            if (json) {
                Map<String, Object> err = new LinkedHashMap<>();
                err.put("verified", false);
                err.put("divergedAtTick", d.tick());
                err.put("error", d.getMessage());
                System.out.println(RunReport.json(err));
            }
            return DIVERGED;
        }
    }
}
