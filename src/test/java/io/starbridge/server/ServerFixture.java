package io.starbridge.server;

import io.starbridge.scenario.Scenarios;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/** A real server on a free port for integration tests, plus small HTTP helpers. */
final class ServerFixture implements AutoCloseable {
    final StarbridgeServer server;
    final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    /** @param ticksPerSecond 60 for real time; more to fly a mission quicker */
    ServerFixture(double ticksPerSecond) {
        this(ticksPerSecond, null);
    }

    /** @param dataDir the server's --data directory (journals, seats, saves), or null for none */
    ServerFixture(double ticksPerSecond, java.nio.file.Path dataDir) {
        server = new StarbridgeServer(new ServerConfig(0, dataDir, ticksPerSecond, 60), Scenarios.builtIn()).start();
        port = server.port();
    }

    Game openStrike(long seed) { return server.games().create("strike", seed, true); }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("content-type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static <T> T onTick(Game game, java.util.function.Function<io.starbridge.sim.World, T> read) throws Exception {
        return game.onTickThread(read).get(5, TimeUnit.SECONDS);
    }

    @Override public void close() { server.stop(); }
}
