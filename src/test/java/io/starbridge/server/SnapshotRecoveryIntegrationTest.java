package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalReader;
import io.starbridge.replay.MissionRunner;
import io.starbridge.replay.Replayer;
import io.starbridge.replay.SnapshotFile;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Command;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's snapshots: a game with a data directory keeps a snapshot every N simulated seconds; a
 * server started on a crash image of that directory (the journal without an end record, the snapshot,
 * the seats) resumes the game from the snapshot and re-simulates only the journal after it, reaching
 * the hash a replay of the whole journal gives, and still knows every command from before the
 * snapshot (a resent one is not applied twice). A snapshot that does not fit is reported and the
 * journal is re-simulated from tick 1 instead. The SIGKILL of a real process is {@link CrashRecoveryIntegrationTest}.
 */
@Timeout(120)
class SnapshotRecoveryIntegrationTest {
    /** Fast ticks, so minutes of game take seconds; a snapshot every simulated second (60 ticks). */
    private static final double TICKS_PER_SECOND = 600;

    @TempDir Path running;
    @TempDir Path crashImage;
    private final List<StarbridgeServer> servers = new java.util.ArrayList<>();

    @AfterEach void stop() { servers.forEach(StarbridgeServer::stop); }

    private StarbridgeServer start(Path data) {
        StarbridgeServer s = new StarbridgeServer(new ServerConfig(0, data, TICKS_PER_SECOND, 60, false,
                NetworkOptions.defaults(), 1.0), Scenarios.builtIn()).start();
        servers.add(s);
        return s;
    }

    @Test void a_game_resumes_from_its_snapshot_with_the_replayed_hash_and_every_command() throws Exception {
        StarbridgeServer server = start(running);
        Game game = server.games().create("strike", 7L, true);
        int shipId = ServerFixture.onTick(game, w -> game.mission().playerShipIds().get(0));
        TestStation helm = TestStation.connect(server.port());
        helm.sendJson(Map.of("msg", "hello", "v", 1, "gameId", game.id(), "shipId", shipId, "role", "HELM", "name", "Ada",
                "crewCode", ""));
        String token = helm.await("welcome").path("token").asText();
        TreeMap<Long, Long> acked = new TreeMap<>(); // seq → tick
        for (int i = 0; i < 30; i++) {
            long seq = helm.command("SetHeading", Map.of("heading", (i % 13) * 0.4));
            JsonNode ack = helm.await(m -> "ack".equals(m.path("msg").asText()) && m.path("seq").asLong() == seq, "ack " + seq);
            acked.put(seq, ack.path("tick").asLong());
            Thread.sleep(20);
        }
        long firstAckTick = acked.firstEntry().getValue();
        while (game.tick() < firstAckTick + 400) Thread.sleep(20); // several snapshots after the first commands

        Path journal = crashImageOf(running, crashImage); // what a SIGKILL now would leave on disk
        Journal crashed = read(journal);
        assertThat(crashed.ended()).isFalse();
        long snapshotTick = SnapshotFile.read(snapshotOf(crashImage, journal)).tick();
        assertThat(snapshotTick).as("a snapshot after the first commands").isGreaterThan(firstAckTick)
                .isLessThanOrEqualTo(crashed.endTick());

        StarbridgeServer restarted = start(crashImage);
        GameRecovery.Report report = restarted.recovered().get(0);
        assertThat(report.recovered()).as(report.line()).isTrue();
        assertThat(report.fromTick()).as(report.line()).isEqualTo(snapshotTick);
        assertThat(report.snapshotNote()).isNull();
        assertThat(report.tick()).isEqualTo(crashed.endTick());
        assertThat(report.stateHash()).as("the hash a replay of the whole journal gives").isEqualTo(replayTo(crashed, report.tick()));
        assertThat(report.line()).contains("from its snapshot at tick " + snapshotTick);

        // a command from before the snapshot, resent after the restart, is answered with its old tick, not applied again
        Game resumed = restarted.games().get(game.id());
        helm.drop();
        try (TestStation back = TestStation.connect(restarted.port())) {
            back.sendJson(Map.of("msg", "resume", "v", 1, "token", token));
            assertThat(back.await("welcome").path("you").path("name").asText()).isEqualTo("Ada");
            long early = acked.firstKey();
            assertThat(acked.get(early)).isLessThan(snapshotTick);
            back.commandWithSeq(early, "SetHeading", Map.of("heading", 1.0));
            JsonNode again = back.await(m -> "ack".equals(m.path("msg").asText()) && m.path("seq").asLong() == early, "re-ack");
            assertThat(again.path("tick").asLong()).isEqualTo(acked.get(early));
        }
        assertThat(resumed.journal().size()).as("every journaled command is in the resumed game").isEqualTo(crashed.commandCount());
    }

    @Test void a_damaged_snapshot_is_reported_and_the_journal_is_re_simulated_from_tick_1() throws Exception {
        StarbridgeServer server = start(running);
        Game game = server.games().create("strike", 9L, true);
        while (game.tick() < 300) Thread.sleep(20);
        Path journal = crashImageOf(running, crashImage);
        Path snapshot = snapshotOf(crashImage, journal);
        byte[] whole = Files.readAllBytes(snapshot);
        Files.write(snapshot, java.util.Arrays.copyOf(whole, whole.length - 100)); // torn
        Journal crashed = read(journal);

        GameRecovery.Report report = start(crashImage).recovered().get(0);
        assertThat(report.recovered()).as(report.line()).isTrue();
        assertThat(report.fromTick()).isZero();
        assertThat(report.snapshotNote()).as(report.line()).isNotBlank();
        assertThat(report.line()).contains("re-simulated from tick 1").contains("snapshot not used");
        assertThat(report.stateHash()).isEqualTo(replayTo(crashed, report.tick()));
    }

    /** Copies a running server's data directory the way a crash leaves it: the snapshot first, then the journal (which only grows). */
    private static Path crashImageOf(Path from, Path to) throws IOException {
        for (String dir : List.of("snapshots", "games", "journals")) {
            Path source = from.resolve(dir);
            if (!Files.isDirectory(source)) continue;
            Files.createDirectories(to.resolve(dir));
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.filter(p -> !p.getFileName().toString().endsWith(".tmp")).toList())
                    Files.copy(f, to.resolve(dir).resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> journals = Files.list(to.resolve("journals"))) {
            return journals.findFirst().orElseThrow();
        }
    }

    private static Path snapshotOf(Path data, Path journal) {
        String name = journal.getFileName().toString();
        return data.resolve("snapshots").resolve(name.substring(0, name.length() - ".jsonl".length()) + ".snap");
    }

    private static Journal read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new JournalReader().readUpToCrash(in);
        }
    }

    private static long replayTo(Journal journal, long tick) {
        Mission mission = new Replayer(Scenarios.builtIn()).missionFor(journal);
        return new MissionRunner(mission, (t, last) -> journal.commandsByTick().getOrDefault(t, List.<Command>of()))
                .verify(journal.checkpoints()).run(tick, false).stateHash();
    }
}
