package io.starbridge.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.scenario.Scenarios;
import io.starbridge.station.Permissions;
import io.starbridge.store.Store;

/**
 * The whole server: lobby and station pages, HTTP API, {@code /ws}, and the games.
 * {@code new StarbridgeServer(config, scenarios).start()}; {@link #port()} gives the bound port.
 */
public final class StarbridgeServer {
    private final ServerConfig config;
    private final ServerMetrics metrics = new ServerMetrics();
    /** Times the polite closes of misbehaving station connections. */
    private final ScheduledCloseTimer closeTimer = new ScheduledCloseTimer();
    private final GameRegistry games;
    private final Javalin app;
    /** Records finished games (with a store), or null. */
    private final RunRecorder recorder;
    private java.util.List<GameRecovery.Report> recovered = java.util.List.of();

    public StarbridgeServer(ServerConfig config, Scenarios scenarios) {
        this(config, scenarios, null);
    }

    /**
     * @param store where finished games are recorded and the after-action endpoints read from
     *              (serve --data); null for neither. The caller opens and closes it.
     */
    public StarbridgeServer(ServerConfig config, Scenarios scenarios, Store store) {
        this.config = config;
        ProtocolCodec codec = new ProtocolCodec();
        Permissions permissions = new Permissions();
        this.games = new GameRegistry(scenarios, config, metrics, permissions, codec);
        this.recorder = store == null ? null : new RunRecorder(store);
        if (recorder != null) games.recordFinishedGamesWith(recorder);
        AfterActionApi afterAction = store == null ? null : new AfterActionApi(store, scenarios, codec);
        HttpApi api = new HttpApi(games, codec, metrics, permissions);
        SaveApi saveApi = new SaveApi(games, codec);
        StationSocket socket = new StationSocket(games, codec, permissions, metrics, config.network(), closeTimer);
        this.app = Javalin.create(cfg -> {
            cfg.jetty.port = config.port();
            NetworkSetup.apply(cfg, config, metrics); // body limit, TLS
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.add("/web", Location.CLASSPATH);
            cfg.staticFiles.enableWebjars();
            cfg.routes.get("/healthz", api::health);
            cfg.routes.get("/metrics", api::metrics);
            cfg.routes.get("/api/games", api::listGames);
            cfg.routes.post("/api/games", api::createGame);
            cfg.routes.get("/api/scenarios", api::scenarios);
            cfg.routes.get("/api/roles", api::roles);
            cfg.routes.get("/api/drills", api::drills);
            cfg.routes.get("/api/saves", saveApi::list);
            cfg.routes.post("/api/saves/{name}/load", saveApi::load);
            cfg.routes.wsBeforeUpgrade("/ws", socket::beforeUpgrade); // origin, connections per address
            cfg.routes.ws("/ws", socket::configure);
            if (afterAction != null) { // docs/after-action.md
                cfg.routes.get("/api/runs", afterAction::listRuns);
                cfg.routes.get("/api/runs/{id}", afterAction::run);
                cfg.routes.get("/api/runs/{id}/timeline", afterAction::timeline);
                cfg.routes.get("/api/runs/{id}/view", afterAction::view);
                cfg.routes.get("/api/runs/{id}/journal", afterAction::journal);
                cfg.routes.get("/api/drills/{id}/results", afterAction::drillResults);
            }
        });
    }

    /** Recovers the games a crash interrupted (with a data directory), then serves. */
    public StarbridgeServer start() {
        recovered = games.recover(); // before the socket opens: a resuming station finds its game
        app.start();
        return this;
    }

    /** What {@link #start} recovered from the data directory, one report per crashed game. */
    public java.util.List<GameRecovery.Report> recovered() { return recovered; }

    /** The bound port (after {@link #start}). */
    public int port() { return app.port(); }

    public GameRegistry games() { return games; }

    public ServerMetrics metrics() { return metrics; }

    public ServerConfig config() { return config; }

    public void stop() {
        games.stopAll();
        if (recorder != null) recorder.close(); // the stopped games' runs are written before the caller closes the store
        app.stop();
        closeTimer.close();
    }
}
