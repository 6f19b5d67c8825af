package io.starbridge.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** A seated station that keeps every text frame it receives, to check what a client is ever told. */
final class TapStation implements AutoCloseable {
    private final StringBuffer all = new StringBuffer();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;

    private TapStation(int port) {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"),
                new WebSocket.Listener() {
                    @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) { all.append(partial).append('\n'); partial.setLength(0); }
                        ws.request(1);
                        return null;
                    }
                }).join();
    }

    /** Connects, sends hello and waits for the welcome. */
    static TapStation join(int port, String gameId, String role, String name, String code) throws Exception {
        TapStation s = new TapStation(port);
        s.send(TestStation.JSON.writeValueAsString(Map.of("msg", "hello", "v", 1, "gameId", gameId, "shipId", 1, "role", role,
                "name", name, "crewCode", code == null ? "" : code)));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (s.welcome() == null) {
            if (System.nanoTime() > deadline) throw new AssertionError("no welcome for " + role + ": " + s.all());
            Thread.sleep(10);
        }
        return s;
    }

    void send(String text) { socket.sendText(text, true).join(); }

    /** Every frame received so far, one per line. */
    String all() { return all.toString(); }

    JsonNode welcome() throws Exception {
        for (String line : all().split("\n"))
            if (line.contains("\"msg\":\"welcome\"")) return TestStation.JSON.readTree(line);
        return null;
    }

    String token() throws Exception { return welcome().path("token").asText(); }

    @Override public void close() {
        try { socket.sendText("{\"msg\":\"leave\"}", true).join(); } catch (RuntimeException e) { /* gone */ }
        socket.abort();
    }
}
