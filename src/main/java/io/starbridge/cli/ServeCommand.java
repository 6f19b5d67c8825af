package io.starbridge.cli;

import io.starbridge.scenario.Scenarios;
import io.starbridge.scenario.StrikeScenario;
import io.starbridge.server.Game;
import io.starbridge.server.ServerConfig;
import io.starbridge.server.StarbridgeServer;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Option(names = "--data", description = "Directory for data: game journals (DIR/journals/*.jsonl, replayable with 'replay') and seats "
            + "(DIR/games/*.json); games a crash interrupted resume from it on start")
    Path data;

    @Option(names = "--demo", description = "Also start one open strike game (no crew codes)")
    boolean demo;

    @Option(names = "--seed", description = "Seed of the demo game (default: random)")
    Long seed;

    @Option(names = "--fsync", defaultValue = "tick", description = "Journal durability: 'tick' forces each tick's "
            + "commands to disk before their acks (survives power loss), 'none' only hands them to the OS "
            + "(survives a killed process); default ${DEFAULT-VALUE}. See docs/RELIABILITY.md")
    String fsync;

    @Override public Integer call() throws Exception {
        if (!fsync.equals("tick") && !fsync.equals("none")) throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "--fsync must be 'tick' or 'none', was '" + fsync + "'");
        if (data != null) Files.createDirectories(data);
        StarbridgeServer server = new StarbridgeServer(new ServerConfig(port, data, 60, 60, fsync.equals("tick")),
                Scenarios.builtIn()).start();
        server.recovered().forEach(r -> System.out.println(r.line()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
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
}
