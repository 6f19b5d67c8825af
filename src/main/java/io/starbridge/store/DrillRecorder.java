package io.starbridge.store;

import io.starbridge.drill.DrillResult;
import io.starbridge.drill.DrillRun;
import io.starbridge.drill.DrillRunner;
import io.starbridge.drill.DrillSpec;
import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalReader;
import io.starbridge.replay.JournalWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a drill N times like {@link DrillRunner#run}, journaling each run and storing it as soon as it
 * ends (run, figures and journal in one transaction), so a drill cut short keeps the runs it finished.
 */
public final class DrillRecorder {
    /** The drill's result and the store's id of each run, in run order. */
    public record Recorded(DrillResult result, List<String> runIds) {}

    private final Store store;
    private final DrillRunner runner;
    private final String crew;

    /** @param crew who crews the runs, as stored ("bots") */
    public DrillRecorder(Store store, DrillRunner runner, String crew) {
        this.store = store;
        this.runner = runner;
        this.crew = crew;
    }

    /** {@code repeat} runs with seeds {@code firstSeed}, {@code firstSeed + 1}, … each stored when it ends. */
    public Recorded run(DrillSpec spec, long firstSeed, int repeat) {
        if (repeat < 1) throw new IllegalArgumentException("repeat must be at least 1, got " + repeat);
        List<DrillRun> runs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            StringWriter text = new StringWriter();
            long started = System.currentTimeMillis();
            DrillRun run = runner.runOnce(spec, firstSeed + i, new JournalWriter(text));
            long ended = System.currentTimeMillis();
            Journal journal = read(text.toString()); // its end record holds the final hash and any outcome
            ids.add(store.runs().add(NewRun.drill(spec.id(), spec.scenario(), run.seed(), crew, started, ended,
                    journal.outcome(), run.completed(), run.ticks(), journal.endHash(), inSpecOrder(spec, run.figures()), i,
                    text.toString())).orElseThrow());
            runs.add(run);
        }
        return new Recorded(DrillResult.of(spec, runs), List.copyOf(ids));
    }

    /** The drill's figures first, its headline figure leading (charts pick it by default), then any others. */
    private static Map<String, Long> inSpecOrder(DrillSpec spec, Map<String, Long> figures) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String name : spec.figures()) if (figures.containsKey(name)) ordered.put(name, figures.get(name));
        ordered.putAll(figures);
        return ordered;
    }

    private static Journal read(String text) {
        try {
            return new JournalReader().read(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("a string does not fail to read", e);
        }
    }
}
