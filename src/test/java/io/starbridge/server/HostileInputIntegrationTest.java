package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.starbridge.scenario.Scenarios;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The limits and the upgrade checks of a real server (docs/RELIABILITY.md, "Hostile input"): floods,
 * oversized frames, too many connections, foreign origins, large bodies and path traversal each get
 * a clear refusal, are counted in {@code /metrics}, and leave the server and the other stations as they were.
 */
@Timeout(60)
class HostileInputIntegrationTest {
    private static final int MESSAGES_PER_SECOND = 40;
    private static final int CONNECTIONS_PER_ADDRESS = 6;
    private static final int MAX_BODY = 2048;

    private StarbridgeServer server;
    private int port;
    private Game game;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<TestStation> stations = new ArrayList<>();

    @BeforeEach void start() {
        NetworkOptions network = new NetworkOptions(new ConnectionLimits(MESSAGES_PER_SECOND, CONNECTIONS_PER_ADDRESS, MAX_BODY),
                List.of("https://bridge.example.org"), null);
        server = new StarbridgeServer(new ServerConfig(0, null, 60, 60, true, network), Scenarios.builtIn()).start();
        port = server.port();
        game = server.games().create("strike", 5L, true);
    }

    @AfterEach void stop() {
        stations.forEach(TestStation::close);
        server.stop();
    }

    @Test void a_flooding_connection_gets_an_error_and_is_closed_while_the_others_keep_their_views() throws Exception {
        TestStation observer = seat("OBSERVER", "Olga");
        TestStation flooder = seat("HELM", "Flo");
        for (int i = 0; i < MESSAGES_PER_SECOND * 3; i++) {
            try { flooder.sendJson(Map.of("msg", "ping", "clientTimeMs", i)); }
            catch (RuntimeException e) { break; } // closed under us: the point
        }
        JsonNode error = flooder.await(m -> m.path("msg").asText().equals("error"), "the flood error");
        assertThat(error.path("reason").asText()).contains("flood: more than " + MESSAGES_PER_SECOND + " messages in one second");
        assertThat(flooder.awaitClose(Duration.ofSeconds(5))).isEqualTo(1008);

        assertThat(observer.drain("delta", Duration.ofMillis(600))).isNotEmpty();
        assertThat(get("/healthz").statusCode()).isEqualTo(200);
        assertThat(metric("messages_per_second")).isEqualTo(1.0);
    }

    @Test void a_frame_over_64_KiB_closes_that_connection_with_1009_and_nothing_else() throws Exception {
        TestStation observer = seat("OBSERVER", "Olga");
        TestStation big = seat("HELM", "Bob");
        try { big.sendText("{\"msg\":\"ping\",\"pad\":\"" + "x".repeat(70_000) + "\"}"); }
        catch (CompletionException e) { /* the server may close before the whole frame is written */ }
        assertThat(big.awaitClose(Duration.ofSeconds(5))).isEqualTo(1009);
        assertThat(observer.drain("delta", Duration.ofMillis(600))).isNotEmpty();
        assertThat(get("/healthz").statusCode()).isEqualTo(200);
        assertThat(metric("frame_bytes")).isEqualTo(1.0);
    }

    @Test void connections_over_the_limit_per_address_are_refused_at_upgrade_with_429_and_a_reason() throws Exception {
        for (int i = 0; i < CONNECTIONS_PER_ADDRESS; i++) stations.add(TestStation.connect(port));
        assertThat(refusedUpgrade(null).getResponse().statusCode()).isEqualTo(429);
        assertThat(rawUpgrade(null)).startsWith("HTTP/1.1 429").contains("too many connections from your address: at most " + CONNECTIONS_PER_ADDRESS);
        assertThat(metric("connections_per_address")).isEqualTo(2.0);

        stations.remove(0).close(); // one leaves: the next one gets in
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.metrics().stationsConnected() >= CONNECTIONS_PER_ADDRESS && System.nanoTime() < deadline) Thread.sleep(20);
        stations.add(seat("OBSERVER", "Late"));
    }

    @Test void a_page_of_another_origin_is_refused_with_403_and_own_allowed_and_originless_clients_get_in() throws Exception {
        assertThat(refusedUpgrade("http://evil.example.com").getResponse().statusCode()).isEqualTo(403);
        assertThat(rawUpgrade("http://evil.example.com")).startsWith("HTTP/1.1 403")
                .contains("origin 'http://evil.example.com' may not open stations on this server");
        assertThat(refusedUpgrade("null").getResponse().statusCode()).isEqualTo(403);
        assertThat(refusedUpgrade("http://127.0.0.1:" + (port + 1)).getResponse().statusCode()).isEqualTo(403);
        assertThat(metric("origin")).isEqualTo(4.0);

        for (String allowed : List.of("http://127.0.0.1:" + port, "https://bridge.example.org", "HTTPS://Bridge.Example.org:443")) {
            WebSocket ws = upgrade(allowed).join();
            ws.abort();
        }
        stations.add(seat("OBSERVER", "No Origin")); // TestStation sends no Origin, like loadtest
    }

    @Test void an_http_body_over_the_limit_is_refused_with_413() throws Exception {
        HttpResponse<String> big = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/games"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":\"strike\",\"pad\":\"" + "x".repeat(MAX_BODY) + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("at most " + MAX_BODY);
        assertThat(server.games().all()).hasSize(1);
        assertThat(metric("http_body_bytes")).isEqualTo(1.0);
        HttpResponse<String> small = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/games"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":\"strike\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).isEqualTo(201);
    }

    @Test void limit_hits_are_listed_in_metrics_from_the_start() throws Exception {
        String metrics = get("/metrics").body();
        for (String limit : List.of("origin", "connections_per_address", "messages_per_second", "bad_messages_in_a_row",
                "frame_bytes", "http_body_bytes"))
            assertThat(metrics).contains("starbridge_limit_hits_total{limit=\"" + limit + "\"} 0.0");
    }

    private TestStation seat(String role, String name) {
        TestStation s = TestStation.join(port, game.id(), 1, role, name, null);
        stations.add(s);
        return s;
    }

    private java.util.concurrent.CompletableFuture<WebSocket> upgrade(String origin) {
        WebSocket.Builder b = http.newWebSocketBuilder();
        if (origin != null) b.header("Origin", origin);
        return b.buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new WebSocket.Listener() { });
    }

    private WebSocketHandshakeException refusedUpgrade(String origin) {
        try {
            upgrade(origin).join().abort();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h) return h;
            throw e;
        }
        throw new AssertionError("the upgrade with origin " + origin + " was accepted");
    }

    /** The raw answer to a WebSocket upgrade (the JDK client does not expose a refused upgrade's body). */
    private String rawUpgrade(String origin) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            String request = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n") + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private double metric(String limit) { return server.metrics().limitHits(limit); }
}
