package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.starbridge.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash in the middle of a drill game loses no run: a server started on the crash image of its data
 * directory brings the game back as the same drill at the same run, with the runs finished before it,
 * measures the interrupted run again from its journal, and goes on to the next run as before.
 */
@Timeout(120)
class DrillRecoveryIntegrationTest {
    /** Twice real time: a run takes a few seconds, the pause between runs (10 simulated s) 5 s. */
    private static final double TICKS_PER_SECOND = 120;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir Path running;
    @TempDir Path crashImage;
    private final List<StarbridgeServer> servers = new java.util.ArrayList<>();

    @AfterEach void stop() { servers.forEach(StarbridgeServer::stop); }

    private StarbridgeServer start(Path data) {
        StarbridgeServer s = new StarbridgeServer(new ServerConfig(0, data, TICKS_PER_SECOND, 60), Scenarios.builtIn()).start();
        servers.add(s);
        return s;
    }

    @Test void a_drill_game_comes_back_at_its_run_with_its_history_and_drills_on() throws Exception {
        StarbridgeServer server = start(running);
        Game game = server.games().createDrill("drop-and-cloak", 70L, true);
        long firstRunMs, secondRunMs;
        try (TestStation helm = TestStation.join(server.port(), game.id(), 1, "HELM", "Ann", null);
             TestStation engineering = TestStation.join(server.port(), game.id(), 1, "ENGINEERING", "Bo", null);
             TestStation captain = TestStation.join(server.port(), game.id(), 1, "CAPTAIN", "Cy", null)) {
            DropAndCloakCrew.fly(helm, engineering, captain, 222);
            firstRunMs = drillOf(helm.awaitState(v -> "done".equals(drillOf(v).path("state").asText()), "run 1 done", PATIENCE))
                    .path("figures").path("dropToCloakMs").asLong();
            helm.await(m -> "welcome".equals(m.path("msg").asText()), "run 2", PATIENCE);
            engineering.await(m -> "welcome".equals(m.path("msg").asText()), "run 2", PATIENCE);
            captain.await(m -> "welcome".equals(m.path("msg").asText()), "run 2", PATIENCE);

            // a quick hand: a report is believed only if no longer than the time since the event (+250 ms)
            DropAndCloakCrew.fly(helm, engineering, captain, 111, 2);
            JsonNode done = drillOf(helm.awaitState(v -> drillOf(v).path("run").asInt() == 2
                    && "done".equals(drillOf(v).path("state").asText()), "run 2 done", PATIENCE));
            secondRunMs = done.path("figures").path("dropToCloakMs").asLong();
            assertThat(done.path("figures").path("engineeringReactionToJumpCompletedMs").asLong()).as("live").isEqualTo(111);
            // the crash: in the pause after run 2 (5 s here), before run 3 starts
            copyCrashImage(running, crashImage);
        }
        assertThat(firstRunMs).isPositive();
        assertThat(secondRunMs).isPositive();

        StarbridgeServer restarted = start(crashImage);
        assertThat(restarted.recovered()).singleElement().satisfies(r -> {
            assertThat(r.recovered()).as(r.line()).isTrue();
            assertThat(r.drill()).as(r.line()).isEqualTo("drop-and-cloak, run 2");
        });
        Game resumed = restarted.games().get(game.id());
        assertThat(resumed.drillId()).isEqualTo("drop-and-cloak");

        try (TestStation science = TestStation.join(restarted.port(), game.id(), 1, "SCIENCE", "Di", null)) {
            // run 2 was measured again from its journal; then the pause runs out and run 3 starts
            ObjectNode third = science.awaitState(v -> drillOf(v).path("run").asInt() == 3, "run 3", PATIENCE);
            JsonNode drill = drillOf(third);
            assertThat(drill.path("seed").asLong()).isEqualTo(72);
            assertThat(drill.path("history")).hasSize(2);
            assertThat(drill.path("history").get(0).path("seed").asLong()).isEqualTo(70);
            assertThat(drill.path("history").get(0).path("figures").path("dropToCloakMs").asLong()).isEqualTo(firstRunMs);
            assertThat(drill.path("history").get(0).path("figures").path("engineeringReactionToJumpCompletedMs").asLong())
                    .as("run 1's station figures were saved with it").isEqualTo(222);
            assertThat(drill.path("history").get(1).path("seed").asLong()).isEqualTo(71);
            assertThat(drill.path("history").get(1).path("figures").path("dropToCloakMs").asLong())
                    .as("run 2 re-measured from its journal").isEqualTo(secondRunMs);
            assertThat(drill.path("history").get(1).path("figures").path("engineeringReactionToJumpCompletedMs").asLong())
                    .as("run 2's station figure, from the reaction report journaled with the cloak command").isEqualTo(111);
            assertThat(drill.path("summary").path("dropToCloakMs").path("runs").asInt()).isEqualTo(2);
        }
        DrillSessionFile.Saved saved = DrillSessionFile.read(DrillSessionFile.of(crashImage, game.id()));
        assertThat(saved.currentRun()).isEqualTo(2);
        assertThat(saved.runs()).hasSize(2);
    }

    private static JsonNode drillOf(JsonNode view) { return view.path("game").path("drill"); }

    /** What a SIGKILL leaves of the seats, drill sessions and journals (each only replaced atomically or appended to). */
    private static void copyCrashImage(Path from, Path to) throws IOException {
        for (String dir : List.of("games", "journals")) {
            Files.createDirectories(to.resolve(dir));
            try (Stream<Path> files = Files.list(from.resolve(dir))) {
                for (Path f : files.filter(p -> !p.getFileName().toString().endsWith(".tmp")).toList())
                    Files.copy(f, to.resolve(dir).resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
