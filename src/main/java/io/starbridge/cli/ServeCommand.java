package io.starbridge.cli;

import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.scenario.Scenarios;
import io.starbridge.scenario.StrikeScenario;
import io.starbridge.server.Game;
import io.starbridge.server.Journal;
import io.starbridge.server.ServerConfig;
import io.starbridge.server.StarbridgeServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve [--port 8080] [--data DIR] [--demo]}: the multiplayer server; prints the lobby URL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the server: lobby at /, stations on /ws, /healthz, /metrics, /api/games.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0 = any free port); default ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--data", description = "Directory for game journals, written when the server stops")
    Path data;

    @Option(names = "--demo", description = "Also start one open strike game (no crew codes)")
    boolean demo;

    @Option(names = "--seed", description = "Seed of the demo game (default: random)")
    Long seed;

    @Override public Integer call() throws Exception {
        if (data != null) Files.createDirectories(data);
        StarbridgeServer server = new StarbridgeServer(new ServerConfig(port, data, 60, 60), Scenarios.builtIn()).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (data != null) writeJournals(server, data);
            server.stop();
            stopped.countDown();
        }, "serve-shutdown"));
        if (demo) {
            Game game = server.games().create(StrikeScenario.ID, seed, true);
            System.out.println("Demo game " + game.id() + " (" + game.scenarioId() + ", open)");
        }
        System.out.println("Lobby: http://localhost:" + server.port() + "/");
        System.out.flush();
        stopped.await();
        return 0;
    }

    private static void writeJournals(StarbridgeServer server, Path dir) {
        ProtocolCodec codec = new ProtocolCodec();
        for (Game g : server.games().all()) {
            Journal j = g.journal();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("scenario", j.scenarioId());
            out.put("seed", j.seed());
            out.put("ticks", g.tick());
            List<Object> entries = new ArrayList<>();
            for (Journal.Entry e : j.entries()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("tick", e.tick());
                m.putAll(e.fields());
                entries.add(m);
            }
            out.put("commands", entries);
            try {
                Files.writeString(dir.resolve(g.id() + ".journal.json"), codec.json(out));
            } catch (IOException e) {
                System.err.println("cannot write journal of " + g.id() + ": " + e.getMessage());
            }
        }
    }
}
