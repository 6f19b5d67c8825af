package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalReader;
import io.starbridge.replay.MissionRunner;
import io.starbridge.replay.Replayer;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Command;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: the built jar serves a game with a data directory (a snapshot every simulated second), is killed with SIGKILL while a
 * station streams commands, and is started again on the same directory. The game must come back
 * under its id at its last journaled tick, with the hash a replay of its journal gives, holding
 * every acknowledged command, and the station must get its seat back with its resume token.
 */
@Timeout(180)
class CrashRecoveryIntegrationTest {
    private static final Pattern LOBBY = Pattern.compile("Lobby: http://localhost:(\\d+)/");
    private static final Pattern RECOVERED = Pattern.compile(
            "Recovered game (g\\d+) .* at tick (\\d+), hash ([0-9a-f]{16}), in \\d+ ms \\(from its snapshot at tick (\\d+)\\)");

    private final HttpClient http = HttpClient.newHttpClient();
    private Process server;

    @AfterEach void stop() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    @Test void a_server_killed_mid_game_resumes_it_with_every_acknowledged_command_and_the_replayed_hash(
            @TempDir Path data) throws Exception {
        LinkedBlockingQueue<String> out = startServer(data);
        int port = awaitLobbyPort(out);
        JsonNode created = TestStation.JSON.readTree(post(port, "/api/games", "{\"scenario\":\"strike\",\"seed\":7}"));
        String gameId = created.path("id").asText();
        String shipId = created.path("crewCodes").fieldNames().next();
        String code = created.path("crewCodes").path(shipId).asText();

        TestStation helm = TestStation.connect(port);
        helm.sendJson(Map.of("msg", "hello", "v", 1, "gameId", gameId, "shipId", Integer.parseInt(shipId),
                "role", "HELM", "name", "Ada", "crewCode", code));
        String token = helm.await("welcome").path("token").asText();

        // a stream of helm orders for about three seconds, each acknowledged...
        TreeMap<Long, Long> acked = new TreeMap<>(); // seq → tick
        for (int i = 0; i < 60; i++) {
            long seq = i % 2 == 0 ? helm.command("SetThrottle", Map.of("throttle", 0.2 + (i % 7) * 0.1))
                    : helm.command("SetHeading", Map.of("heading", (i % 13) * 0.4));
            JsonNode ack = helm.await(m -> "ack".equals(m.path("msg").asText()) && m.path("seq").asLong() == seq, "ack " + seq);
            acked.put(seq, ack.path("tick").asLong());
            Thread.sleep(50);
        }
        // ...then a burst the kill lands in the middle of: whatever was acknowledged must survive
        for (int i = 0; i < 20; i++) helm.command("SetHeading", Map.of("heading", i * 0.1));
        server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no end record
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
        for (JsonNode ack : helm.drain("ack", Duration.ofMillis(300))) acked.put(ack.path("seq").asLong(), ack.path("tick").asLong());
        helm.drop();

        Path journalFile = onlyJournal(data);
        Journal crashed = readUpToCrash(journalFile);
        assertThat(crashed.ended()).as("a killed server writes no end record").isFalse();
        acked.forEach((seq, tick) -> assertThat(crashed.commandsByTick().getOrDefault(tick, List.of()))
                .as("acknowledged seq %d at tick %d is in the journal", seq, tick)
                .anySatisfy(c -> assertThat(c.origin().seq()).isEqualTo(seq)));

        out = startServer(data);
        Matcher recovered = awaitLine(out, RECOVERED);
        int port2 = awaitLobbyPort(out);
        assertThat(recovered.group(1)).isEqualTo(gameId);
        long resumedTick = Long.parseLong(recovered.group(2));
        assertThat(resumedTick).isEqualTo(crashed.endTick()).isGreaterThanOrEqualTo(acked.lastEntry().getValue());
        long snapshotTick = Long.parseLong(recovered.group(4));
        assertThat(snapshotTick).as("resumed from a snapshot taken before the kill").isPositive().isLessThanOrEqualTo(resumedTick);
        assertThat(recovered.group(3)).as("the recovered world's hash is a replay's")
                .isEqualTo(io.starbridge.sim.StateHash.hex(replayTo(crashed, resumedTick)));

        JsonNode games = TestStation.JSON.readTree(get(port2, "/api/games"));
        assertThat(games).anySatisfy(g -> {
            assertThat(g.path("id").asText()).isEqualTo(gameId);
            assertThat(g.path("tick").asLong()).isGreaterThanOrEqualTo(resumedTick);
        });

        try (TestStation back = TestStation.connect(port2)) {
            back.sendJson(Map.of("msg", "resume", "v", 1, "token", token));
            JsonNode welcome = back.await("welcome");
            assertThat(welcome.path("gameId").asText()).isEqualTo(gameId);
            assertThat(welcome.path("you").path("role").asText()).isEqualTo("HELM");
            assertThat(welcome.path("you").path("name").asText()).isEqualTo("Ada");
            assertThat(welcome.path("tick").asLong()).isGreaterThanOrEqualTo(resumedTick);
            assertThat(welcome.path("view").size()).as("a full view").isGreaterThan(3);

            long lastSeq = acked.lastKey();
            back.commandWithSeq(lastSeq, "SetHeading", Map.of("heading", 2.0));
            JsonNode again = back.await(m -> "ack".equals(m.path("msg").asText()) && m.path("seq").asLong() == lastSeq, "re-ack");
            assertThat(again.path("tick").asLong()).as("a resent command is not applied twice").isEqualTo(acked.get(lastSeq));

            back.commandWithSeq(lastSeq + 100, "SetThrottle", Map.of("throttle", 0.5));
            JsonNode fresh = back.await(m -> "ack".equals(m.path("msg").asText()) && m.path("seq").asLong() == lastSeq + 100, "ack");
            assertThat(fresh.path("tick").asLong()).isGreaterThan(resumedTick);
        }

        // the game goes on appending to the same journal; its checkpoints after the restart replay too
        long until = resumedTick + 150;
        while (currentTick(port2, gameId) < until) Thread.sleep(50);
        Journal continued = readUpToCrash(journalFile);
        assertThat(continued.checkpoints().lastKey()).isGreaterThan(resumedTick);
        Replayer replayer = new Replayer(Scenarios.builtIn());
        MissionRunner.Result r = replayer.replay(continued, replayer.missionFor(continued), (t, e) -> { });
        assertThat(r.ticks()).isEqualTo(continued.endTick());
    }

    private static long replayTo(Journal journal, long tick) {
        Mission mission = new Replayer(Scenarios.builtIn()).missionFor(journal);
        return new MissionRunner(mission, (t, last) -> journal.commandsByTick().getOrDefault(t, List.<Command>of()))
                .verify(journal.checkpoints()).run(tick, false).stateHash();
    }

    private static Journal readUpToCrash(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new JournalReader().readUpToCrash(in);
        }
    }

    private static Path onlyJournal(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("journals"))) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    /** Starts the jar; its output lines go to the returned queue (read on a thread so it never blocks). */
    private LinkedBlockingQueue<String> startServer(Path data) throws IOException {
        Path jar = Path.of(System.getProperty("starbridge.jar", "target/starbridge.jar"));
        assertThat(jar).exists();
        // a snapshot every simulated second, so the restart resumes from one (the default is a minute)
        server = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", "0", "--data", data.toString(),
                "--snapshot-every", "1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Thread t = new Thread(() -> {
            try { for (String line; (line = reader.readLine()) != null; ) lines.add(line); }
            catch (IOException e) { /* the process died */ }
        }, "server-output");
        t.setDaemon(true);
        t.start();
        return lines;
    }

    private static int awaitLobbyPort(LinkedBlockingQueue<String> out) throws InterruptedException {
        return Integer.parseInt(awaitLine(out, LOBBY).group(1));
    }

    private static Matcher awaitLine(LinkedBlockingQueue<String> out, Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String line = out.poll(1, TimeUnit.SECONDS);
            if (line == null) continue;
            Matcher m = pattern.matcher(line);
            if (m.find()) return m;
        }
        throw new AssertionError("the server printed no line matching " + pattern);
    }

    private long currentTick(int port, String gameId) throws Exception {
        for (JsonNode g : TestStation.JSON.readTree(get(port, "/api/games")))
            if (g.path("id").asText().equals(gameId)) return g.path("tick").asLong();
        throw new AssertionError("no game " + gameId);
    }

    private String get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private String post(int port, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
