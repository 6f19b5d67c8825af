package io.starbridge.cli;

import io.starbridge.drill.DrillLoader;
import io.starbridge.scenario.ScenarioDirectory;
import io.starbridge.scenario.Scenarios;
import io.starbridge.scenario.StrikeScenario;
import io.starbridge.server.Game;
import io.starbridge.server.ServerConfig;
import io.starbridge.server.StarbridgeServer;
import io.starbridge.store.Store;
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

    @Option(names = "--data", description = "Directory for data: game journals (DIR/journals/*.jsonl, replayable with 'replay'), seats "
            + "(DIR/games/*.json), snapshots (DIR/snapshots/*.snap) and finished runs (DIR/starbridge.db, reviewed at /afteraction.html); games a crash "
            + "interrupted resume from it on start; mission and drill files in DIR/scenarios/*.yaml are offered beside the built-in ones")
    Path data;

    @Option(names = "--demo", description = "Also start one open strike game (no crew codes)")
    boolean demo;

    @Option(names = "--seed", description = "Seed of the demo game (default: random)")
    Long seed;

    @Option(names = "--fsync", defaultValue = "tick", description = "Journal durability: 'tick' forces each tick's "
            + "commands to disk before their acks (survives power loss), 'none' only hands them to the OS "
            + "(survives a killed process); default ${DEFAULT-VALUE}. See docs/RELIABILITY.md")
    String fsync;

    @Option(names = "--snapshot-every", paramLabel = "SECONDS", defaultValue = "60", description = "Simulated seconds between "
            + "a game's snapshots (DIR/snapshots/*.snap, with --data): a restart after a crash re-simulates at most this much "
            + "of each journal; default ${DEFAULT-VALUE}. See docs/RELIABILITY.md")
    double snapshotEverySeconds;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "PKCS#12 keystore (private key and certificate "
            + "chain): the port serves https and wss instead of http and ws")
    Path tlsKeystore;

    @Option(names = "--tls-password", paramLabel = "PW", description = "Password of --tls-keystore (default: the "
            + "STARBRIDGE_TLS_PASSWORD environment variable, which process listings do not show)")
    String tlsPassword;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN", description = "Also accept station WebSockets opened by pages "
            + "of this origin (scheme://host[:port]), e.g. a reverse proxy's public address; repeatable. Pages of the server "
            + "itself are always accepted, clients without an Origin header (loadtest, scripts) too")
    java.util.List<String> allowOrigins = new java.util.ArrayList<>();

    @Option(names = "--max-connections-per-address", paramLabel = "N", defaultValue = "64", description = "Open station "
            + "WebSockets allowed from one IP address; more are refused at upgrade (429); default ${DEFAULT-VALUE}")
    int maxConnectionsPerAddress;

    /** The network options from --tls-*, --allow-origin and --max-connections-per-address. */
    private io.starbridge.server.NetworkOptions network() {
        io.starbridge.server.ConnectionLimits d = io.starbridge.server.ConnectionLimits.defaults();
        io.starbridge.server.TlsKeystore tls = null;
        if (tlsKeystore != null) {
            String pw = tlsPassword != null ? tlsPassword : System.getenv("STARBRIDGE_TLS_PASSWORD");
            if (pw == null) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--tls-keystore needs --tls-password (or STARBRIDGE_TLS_PASSWORD)");
            tls = new io.starbridge.server.TlsKeystore(tlsKeystore, pw);
        } else if (tlsPassword != null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--tls-password needs --tls-keystore");
        }
        try {
            if (tls != null) tls.check();
            return new io.starbridge.server.NetworkOptions(new io.starbridge.server.ConnectionLimits(d.messagesPerSecond(),
                    maxConnectionsPerAddress, d.maxHttpBodyBytes()), allowOrigins, tls);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
        }
    }

    @Override public Integer call() throws Exception {
        if (!fsync.equals("tick") && !fsync.equals("none")) throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "--fsync must be 'tick' or 'none', was '" + fsync + "'");
        if (data != null) Files.createDirectories(data);
        Store store = data == null ? null : Store.open(data); // finished games and drills, for after-action review
        ScenarioFilesFound files = data == null ? new ScenarioFilesFound(Scenarios.builtIn(), java.util.List.of())
                : withScenarioFiles(data.resolve("scenarios"));
        ServerConfig config;
        try {
            config = new ServerConfig(port, data, 60, 60, fsync.equals("tick"), network(), snapshotEverySeconds);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--snapshot-every: " + e.getMessage());
        }
        StarbridgeServer server = new StarbridgeServer(config, files.scenarios(), store);
        for (String skipped : server.games().offerDrills(files.drills())) System.err.println(skipped);
        server.start();
        server.recovered().forEach(r -> System.out.println(r.line()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            if (store != null) store.close();
            stopped.countDown();
        }, "serve-shutdown"));
        if (demo) {
            Game game = server.games().create(StrikeScenario.ID, seed, true);
            System.out.println("Demo game " + game.id() + " (" + game.scenarioId() + ", open)");
        }
        System.out.println("Lobby: " + (tlsKeystore != null ? "https" : "http") + "://localhost:" + server.port() + "/");
        System.out.flush();
        stopped.await();
        return 0;
    }

    /**
     * The built-in scenarios plus the good mission files of DATA/scenarios/ (docs/scenario-format.md); its drill
     * files are checked too. A bad file is printed with every error and skipped: the server still starts.
     */
    /** The scenarios a server offers (built-in and from files) and the good drill files. */
    record ScenarioFilesFound(Scenarios scenarios, java.util.List<io.starbridge.drill.DrillSpec> drills) {}

    static ScenarioFilesFound withScenarioFiles(Path dir) { return withScenarioFiles(dir, System.out); }

    /** The same, saying what was found on {@code notes} (replay keeps its stdout for its report). */
    static ScenarioFilesFound withScenarioFiles(Path dir, java.io.PrintStream notes) {
        Scenarios builtIn = Scenarios.builtIn();
        ScenarioDirectory found = ScenarioDirectory.scan(dir, builtIn, System.err::println);
        Scenarios all = builtIn.with(found.missions());
        java.util.List<io.starbridge.drill.DrillSpec> drills = new DrillLoader(all).loadFiles(found.drills(), System.err::println);
        if (!found.missions().isEmpty() || !found.drills().isEmpty())
            notes.println("Scenario files in " + dir + ": " + found.missions().size() + " mission(s), " + drills.size() + " drill(s)");
        return new ScenarioFilesFound(all, drills);
    }
}
