package io.starbridge.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.scenario.Scenarios;
import io.starbridge.station.Permissions;

/**
 * The whole server: lobby and station pages, HTTP API, {@code /ws}, and the games.
 * {@code new StarbridgeServer(config, scenarios).start()}; {@link #port()} gives the bound port.
 */
public final class StarbridgeServer {
    private final ServerConfig config;
    private final ServerMetrics metrics = new ServerMetrics();
    private final GameRegistry games;
    private final Javalin app;
    private java.util.List<GameRecovery.Report> recovered = java.util.List.of();

    public StarbridgeServer(ServerConfig config, Scenarios scenarios) {
        this.config = config;
        ProtocolCodec codec = new ProtocolCodec();
        Permissions permissions = new Permissions();
        this.games = new GameRegistry(scenarios, config, metrics, permissions, codec);
        HttpApi api = new HttpApi(games, codec, metrics, permissions);
        StationSocket socket = new StationSocket(games, codec, permissions, metrics);
        this.app = Javalin.create(cfg -> {
            cfg.jetty.port = config.port();
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.add("/web", Location.CLASSPATH);
            cfg.staticFiles.enableWebjars();
            cfg.routes.get("/healthz", api::health);
            cfg.routes.get("/metrics", api::metrics);
            cfg.routes.get("/api/games", api::listGames);
            cfg.routes.post("/api/games", api::createGame);
            cfg.routes.get("/api/scenarios", api::scenarios);
            cfg.routes.get("/api/roles", api::roles);
            cfg.routes.ws("/ws", socket::configure);
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
        app.stop();
    }
}
