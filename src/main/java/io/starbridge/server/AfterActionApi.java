package io.starbridge.server;

import io.javalin.http.Context;
import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalFormatException;
import io.starbridge.replay.ReplayDivergence;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.Tick;
import io.starbridge.store.DrillResultRow;
import io.starbridge.store.Store;
import io.starbridge.store.StoreException;
import io.starbridge.store.StoredRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The after-action endpoints (docs/after-action.md), read-only, over the store of {@code serve --data}:
 * {@code GET /api/runs}, {@code /api/runs/{id}}, {@code …/timeline}, {@code …/view?tick=T},
 * {@code …/journal} and {@code /api/drills/{id}/results[?crew=NAME]}. Every path and query parameter is
 * checked before use (run ids are the store's own {@code r12}; nothing a client sends becomes a file
 * name); an unknown id is a 404. Responses carry no crew codes, resume tokens or person ids.
 */
final class AfterActionApi {
    private static final String JSON = "application/json";
    /** Newest runs listed, at most. */
    static final int LIST_LIMIT = 500;
    /** Timelines kept for the last few runs asked about: a page asks again when reloaded. */
    private static final int TIMELINES_CACHED = 4;
    private static final Pattern DRILL_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_DRILL_ID = 64, MAX_CREW = 200;

    private final Store store;
    private final ProtocolCodec codec;
    private final AfterActionJournals journals;
    private final AfterActionTimeline timelineBuilder;
    private final AfterActionReplay replay;
    private final Map<String, Map<String, Object>> timelines = new LinkedHashMap<>(8, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Map<String, Object>> eldest) {
            return size() > TIMELINES_CACHED;
        }
    };

    AfterActionApi(Store store, Scenarios scenarios, ProtocolCodec codec) {
        this.store = store;
        this.codec = codec;
        this.journals = new AfterActionJournals(store);
        this.timelineBuilder = new AfterActionTimeline(scenarios);
        this.replay = new AfterActionReplay(scenarios);
    }

    /** The replay cache, for tests of its stepping. */
    AfterActionReplay replay() { return replay; }

    void listRuns(Context ctx) {
        List<Object> out = new ArrayList<>();
        for (StoredRun r : store.runs().newest(LIST_LIMIT)) out.add(summary(r));
        json(ctx, 200, out);
    }

    void run(Context ctx) {
        run(ctx, ctx.pathParam("id")).ifPresent(r -> json(ctx, 200, summary(r)));
    }

    void timeline(Context ctx) {
        Optional<StoredRun> found = run(ctx, ctx.pathParam("id"));
        if (found.isEmpty()) return;
        StoredRun run = found.get();
        Map<String, Object> cached;
        synchronized (timelines) { cached = timelines.get(run.id()); }
        if (cached == null) {
            Journal journal = journal(ctx, run);
            if (journal == null) return;
            try {
                cached = timelineBuilder.build(run.id(), journal);
            } catch (ReplayDivergence | IllegalArgumentException e) {
                error(ctx, 409, "the journal of " + run.id() + " does not re-simulate: " + e.getMessage());
                return;
            }
            synchronized (timelines) { timelines.put(run.id(), cached); }
        }
        json(ctx, 200, cached);
    }

    void view(Context ctx) {
        Optional<StoredRun> found = run(ctx, ctx.pathParam("id"));
        if (found.isEmpty()) return;
        StoredRun run = found.get();
        String tickText = ctx.queryParam("tick");
        long tick;
        try {
            tick = Long.parseLong(tickText == null ? "" : tickText);
        } catch (NumberFormatException e) {
            error(ctx, 400, "'tick' must be a whole number from 0 to " + run.ticks());
            return;
        }
        if (tick < 0 || tick > run.ticks()) {
            error(ctx, 400, "'tick' must be from 0 to " + run.ticks() + ", was " + tick);
            return;
        }
        Journal journal = journal(ctx, run);
        if (journal == null) return;
        try {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("runId", run.id());
            out.put("tick", tick);
            out.put("ms", Tick.toMillis(tick));
            out.put("endTick", run.ticks());
            out.put("view", replay.viewAt(run.id(), journal, tick));
            json(ctx, 200, out);
        } catch (ReplayDivergence | IllegalStateException | IllegalArgumentException e) {
            error(ctx, 409, "cannot show " + run.id() + " at tick " + tick + ": " + e.getMessage());
        }
    }

    void journal(Context ctx) {
        Optional<StoredRun> found = run(ctx, ctx.pathParam("id"));
        if (found.isEmpty()) return;
        StoredRun run = found.get();
        String text;
        try {
            text = journals.export(run);
        } catch (IOException | JournalFormatException e) {
            error(ctx, 404, "the journal of " + run.id() + " cannot be read: " + e.getMessage());
            return;
        }
        ctx.status(200).contentType("application/x-ndjson; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"starbridge-" + run.id() + "-" + run.scenario() + "-" + run.seed() + ".jsonl\"")
                .result(text);
    }

    void drillResults(Context ctx) {
        String drill = ctx.pathParam("id");
        if (drill.length() > MAX_DRILL_ID || !DRILL_ID.matcher(drill).matches()) {
            error(ctx, 404, "no drill '" + abbreviate(drill) + "'");
            return;
        }
        String crew = ctx.queryParam("crew");
        if (crew != null && (crew.isBlank() || crew.length() > MAX_CREW || crew.chars().anyMatch(Character::isISOControl))) {
            error(ctx, 400, "'crew' must be a crew name of at most " + MAX_CREW + " characters");
            return;
        }
        List<DrillResultRow> all = store.drillResults().forDrill(drill, null);
        LinkedHashSet<String> crews = new LinkedHashSet<>();
        for (DrillResultRow r : all) crews.add(r.crew());
        List<Object> runs = new ArrayList<>();
        LinkedHashSet<String> figures = new LinkedHashSet<>();
        Map<String, Map<String, Object>> bests = new LinkedHashMap<>();
        for (DrillResultRow r : all) {
            if (crew != null && !crew.equals(r.crew())) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("runId", r.runId());
            m.put("runIndex", r.runIndex());
            m.put("seed", r.seed());
            m.put("crew", r.crew());
            m.put("endedAtMs", r.endedAtMs());
            m.put("figures", r.figures());
            runs.add(m);
            for (Map.Entry<String, Long> f : r.figures().entrySet()) {
                figures.add(f.getKey());
                Map<String, Object> best = bests.get(f.getKey());
                if (best == null || f.getValue() < (Long) best.get("ms")) // figures are times: lower is better
                    bests.put(f.getKey(), new LinkedHashMap<>(Map.of("ms", f.getValue(), "runId", r.runId())));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("drill", drill);
        out.put("crew", crew);
        out.put("crews", new ArrayList<>(crews));
        out.put("figures", new ArrayList<>(figures));
        out.put("runs", runs);
        out.put("bests", bests);
        json(ctx, 200, out);
    }

    /** The run named by a path parameter, or empty after answering 404. */
    private Optional<StoredRun> run(Context ctx, String id) {
        Optional<StoredRun> run;
        try {
            run = store.runs().find(id);
        } catch (StoreException e) {
            error(ctx, 500, e.getMessage());
            return Optional.empty();
        }
        if (run.isEmpty()) error(ctx, 404, "no run '" + abbreviate(id) + "'");
        return run;
    }

    /** The run's journal, or null after answering 404. */
    private Journal journal(Context ctx, StoredRun run) {
        try {
            return journals.load(run);
        } catch (IOException | JournalFormatException e) {
            error(ctx, 404, "the journal of " + run.id() + " cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static Map<String, Object> summary(StoredRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind());
        if (r.gameId() != null) m.put("gameId", r.gameId());
        if (r.drillId() != null) m.put("drillId", r.drillId());
        m.put("scenario", r.scenario());
        if (r.size() != null) m.put("size", r.size());
        m.put("seed", r.seed());
        m.put("crew", r.crew());
        m.put("startedAtMs", r.startedAtMs());
        m.put("endedAtMs", r.endedAtMs());
        m.put("outcome", r.outcome());
        m.put("completed", r.completed());
        m.put("ticks", r.ticks());
        m.put("simulatedMs", Tick.toMillis(r.ticks()));
        m.put("stateHash", String.format("%016x", r.stateHash()));
        m.put("figures", r.figures());
        m.put("page", "/afteraction.html?run=" + r.id());
        m.put("journal", "/api/runs/" + r.id() + "/journal");
        return m;
    }

    private void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType(JSON).result(codec.json(body));
    }

    private void error(Context ctx, int status, String message) {
        json(ctx, status, Map.of("error", message));
    }

    /** Echoes a client's string back only short: an error message is not a mirror for megabytes. */
    private static String abbreviate(String s) {
        String printable = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "…";
    }
}
