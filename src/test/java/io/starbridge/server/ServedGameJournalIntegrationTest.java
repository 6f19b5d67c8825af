package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalReader;
import io.starbridge.replay.MissionRunner;
import io.starbridge.replay.Replayer;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.SetThrottle;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A game served with a data directory leaves a journal that {@code replay} verifies bit for bit. */
@Timeout(60)
class ServedGameJournalIntegrationTest {

    @Test
    void a_served_game_writes_a_journal_that_replays_to_the_same_hash(@TempDir Path data) throws Exception {
        StarbridgeServer server = new StarbridgeServer(new ServerConfig(0, data, 240, 60), Scenarios.builtIn()).start();
        Game game = server.games().create("strike", 21L, true);
        long seqThrottle;
        try (TestStation helm = TestStation.join(server.port(), game.id(), 1, "HELM", "Ann", null)) {
            seqThrottle = helm.command("SetThrottle", Map.of("throttle", 0.8));
            helm.await(m -> "ack".equals(m.path("msg").asText()) && m.path("seq").asLong() == seqThrottle, "ack");
            helm.command("SetHeading", Map.of("heading", 1.2));
            helm.await(m -> "ack".equals(m.path("msg").asText()), "ack");
            long waitUntil = ServerFixture.onTick(game, w -> w.tick()) + 300;
            while (ServerFixture.onTick(game, w -> w.tick()) < waitUntil) Thread.sleep(20);
        }
        server.stop();
        Path file;
        try (Stream<Path> files = Files.list(data.resolve("journals"))) {
            file = files.findFirst().orElseThrow();
        }
        Journal journal;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            journal = new JournalReader().read(in);
        }

        Replayer replayer = new Replayer(Scenarios.builtIn());
        MissionRunner.Result replayed = replayer.replay(journal, replayer.missionFor(journal), (t, e) -> { });

        assertThat(file.getFileName().toString()).isEqualTo(game.id() + "-strike-21.jsonl");
        assertThat(journal.header().seed()).isEqualTo(21);
        List<io.starbridge.sim.command.Command> all = journal.commandsByTick().values().stream().flatMap(List::stream).toList();
        assertThat(all).anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(SetThrottle.class,
                t -> assertThat(t.throttle()).isEqualTo(0.8)));
        assertThat(journal.checkpoints()).isNotEmpty();
        assertThat(replayed.ticks()).isEqualTo(journal.endTick()).isGreaterThanOrEqualTo(300);
        assertThat(replayed.stateHash()).isEqualTo(journal.endHash());
    }
}
