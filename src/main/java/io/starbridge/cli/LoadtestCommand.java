package io.starbridge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loadtest --url ws://HOST:PORT/ws --stations N --seconds S --json}: fills the first open
 * game with N stations (free crew seats first, then view screens and observers), probes with
 * commands, and reports command-to-visible-effect latency and per-station traffic.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = "Connects N stations to a running server and measures latency and traffic.")
public final class LoadtestCommand implements Callable<Integer> {
    private static final List<String> CREW = List.of("HELM", "ENGINEERING", "CAPTAIN", "SCIENCE", "WEAPONS", "COMMS", "AWAY_TEAM");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--url", required = true, description = "Station socket, e.g. ws://127.0.0.1:8080/ws")
    URI url;

    @Option(names = "--stations", defaultValue = "32", description = "Stations to connect; default ${DEFAULT-VALUE}")
    int stations;

    @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds; default ${DEFAULT-VALUE}")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "Seconds of probing before the measured seconds, not "
            + "counted: both JVMs (this one is always cold) compile their hot paths first; 0 measures from the start; "
            + "default ${DEFAULT-VALUE}")
    int warmupSeconds;

    @Option(names = "--game", description = "Game id (default: the first open game; one is created if none)")
    String gameId;

    @Option(names = "--probe-ms", defaultValue = "100", description = "Interval between probes of one station, ms")
    int probeMs;

    @Option(names = "--json", description = "Print one JSON object")
    boolean json;

    @Override public Integer call() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://" + url.getHost() + ":" + url.getPort();
        JsonNode game = pickGame(http, base);
        String id = game.get("id").asText();
        List<LoadStation> all = plan(game);

        List<CompletableFuture<Void>> joins = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) joins.add(all.get(i).connect(http, url, id, "load-" + i));
        CompletableFuture.allOf(joins.toArray(CompletableFuture[]::new)).get(15, TimeUnit.SECONDS);

        Thread.sleep(500); // let welcomes and first deltas settle before counting
        ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor();
        java.util.SplittableRandom jitter = new java.util.SplittableRandom(42);
        for (LoadStation s : all) s.startProbing();
        for (LoadStation s : all) if (s.probes()) scheduleProbe(probes, s, jitter.split());
        Thread.sleep(Math.max(0, warmupSeconds) * 1000L); // probes whose answers arrive now are not counted
        for (LoadStation s : all) s.startCounting();
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        for (LoadStation s : all) s.stopCounting();
        double elapsed = (System.nanoTime() - started) / 1e9;
        probes.shutdownNow();
        for (LoadStation s : all) s.leave();

        print(report(all, id, elapsed));
        return 0;
    }

    /**
     * Probes at the given interval plus a random 0–17 ms, so commands land at every phase of the
     * 60 Hz tick (a fixed 100 ms rate would lock onto one phase and bias the latency).
     */
    private void scheduleProbe(ScheduledExecutorService probes, LoadStation s, java.util.SplittableRandom random) {
        if (probes.isShutdown()) return;
        probes.schedule(() -> {
            s.probe();
            scheduleProbe(probes, s, random);
        }, probeMs * 1000L + random.nextInt(17_000), TimeUnit.MICROSECONDS);
    }

    private JsonNode pickGame(HttpClient http, String base) throws Exception {
        JsonNode games = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/games")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode g : games)
            if (gameId != null ? g.get("id").asText().equals(gameId) : g.path("open").asBoolean()) return g;
        if (gameId != null) throw new IllegalArgumentException("no game " + gameId + " at " + base);
        HttpRequest create = HttpRequest.newBuilder(URI.create(base + "/api/games"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":\"strike\",\"open\":true}"))
                .header("content-type", "application/json").build();
        String createdId = JSON.readTree(http.send(create, HttpResponse.BodyHandlers.ofString()).body()).get("id").asText();
        System.err.println("no open game: created " + createdId);
        return pickGameById(http, base, createdId);
    }

    private JsonNode pickGameById(HttpClient http, String base, String id) throws Exception {
        gameId = id;
        return pickGame(http, base);
    }

    /** Free crew seats of every player ship first, then view screens and observers in turn. */
    private List<LoadStation> plan(JsonNode game) {
        List<Integer> ships = new ArrayList<>();
        for (JsonNode s : game.get("ships")) if (s.path("player").asBoolean()) ships.add(s.get("id").asInt());
        if (ships.isEmpty()) return observersOnly(game);
        Set<String> taken = new HashSet<>();
        for (JsonNode t : game.get("stations")) taken.add(t.get("shipId").asInt() + "/" + t.get("role").asText());
        List<LoadStation> out = new ArrayList<>();
        long seed = 1;
        for (String role : CREW)
            for (int ship : ships)
                if (out.size() < stations && !taken.contains(ship + "/" + role)) out.add(new LoadStation(role, ship, seed++));
        for (int i = 0; out.size() < stations; i++)
            out.add(new LoadStation(i % 2 == 0 ? "VIEWSCREEN" : "OBSERVER", ships.get(i % ships.size()), seed++));
        return out;
    }

    /**
     * A game without player ships (battlefield): observers spread over its ships, each watching that
     * ship's crew view. They send nothing, so they measure traffic, not command latency.
     */
    private List<LoadStation> observersOnly(JsonNode game) {
        List<Integer> ships = new ArrayList<>();
        for (JsonNode s : game.get("ships")) ships.add(s.get("id").asInt());
        if (ships.isEmpty()) throw new IllegalArgumentException("game " + game.get("id").asText() + " has no ships");
        List<LoadStation> out = new ArrayList<>();
        for (int i = 0; i < stations; i++) out.add(new LoadStation("OBSERVER", ships.get(i * ships.size() / stations), i + 1));
        return out;
    }

    private Map<String, Object> report(List<LoadStation> all, String id, double elapsed) {
        List<Double> latencies = new ArrayList<>();
        long bytes = 0, messages = 0, timeouts = 0, rejected = 0;
        List<String> failures = new ArrayList<>();
        for (LoadStation s : all) {
            synchronized (s) {
                latencies.addAll(s.latenciesMs);
                bytes += s.bytes;
                messages += s.messages;
                timeouts += s.timeouts;
                rejected += s.rejected;
                if (s.failure != null) failures.add(s.role + ": " + s.failure);
            }
        }
        Collections.sort(latencies);
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("p50", round(percentile(latencies, 0.50)));
        latency.put("p90", round(percentile(latencies, 0.90)));
        latency.put("p99", round(percentile(latencies, 0.99)));
        latency.put("max", round(latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1)));
        latency.put("samples", latencies.size());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("latencyMs", latency);
        out.put("bytesPerSecondPerStation", Math.round(bytes / elapsed / all.size()));
        out.put("messagesPerSecondPerStation", round(messages / elapsed / all.size()));
        out.put("stations", all.size());
        out.put("seconds", round(elapsed));
        out.put("warmupSeconds", Math.max(0, warmupSeconds));
        out.put("game", id);
        out.put("probeTimeouts", timeouts);
        out.put("probesRejected", rejected);
        out.put("failures", failures);
        return out;
    }

    private void print(Map<String, Object> report) throws Exception {
        if (json) System.out.println(JSON.writeValueAsString(report));
        else System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    }

    /** Nearest-rank percentile of sorted values; 0 when empty. */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) return 0;
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }
}
