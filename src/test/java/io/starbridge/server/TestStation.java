package io.starbridge.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.starbridge.protocol.MergePatch;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A station over a real WebSocket, for integration tests: sends JSON, waits for matching messages. */
final class TestStation implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A message and the merged view right after it. */
    private record Received(JsonNode message, ObjectNode state) {}

    private final LinkedBlockingQueue<Received> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private final WebSocket socket;
    volatile int closeCode = -1;
    volatile String closeReason;
    /** What broke the connection without a close frame (e.g. the server reset it), or null. */
    volatile Throwable connectionError;
    private long seq;
    /** The client's copy of its view: welcome.view with every delta merged in (listener thread). */
    private ObjectNode state;

    private TestStation(int port) {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new Listener()).join();
    }

    static TestStation connect(int port) { return new TestStation(port); }

    /** Connects and takes a seat; fails the test unless a welcome comes. */
    static TestStation join(int port, String gameId, int shipId, String role, String name, String code) {
        TestStation s = new TestStation(port);
        s.sendJson(Map.of("msg", "hello", "v", 1, "gameId", gameId, "shipId", shipId, "role", role, "name", name,
                "crewCode", code == null ? "" : code));
        s.await("welcome");
        return s;
    }

    void sendText(String text) { socket.sendText(text, true).join(); }

    void sendBinary(byte[] bytes) { socket.sendBinary(ByteBuffer.wrap(bytes), true).join(); }

    void sendJson(Map<String, ?> message) {
        try { sendText(JSON.writeValueAsString(message)); }
        catch (Exception e) { throw new IllegalStateException(e); }
    }

    /** Sends a command with the next seq; returns the seq. */
    long command(String type, Map<String, ?> fields) {
        long s = ++seq;
        commandWithSeq(s, type, fields);
        return s;
    }

    void commandWithSeq(long s, String type, Map<String, ?> fields) {
        ObjectNode m = JSON.createObjectNode().put("msg", "command").put("seq", s).put("type", type);
        fields.forEach((k, v) -> m.set(k, JSON.valueToTree(v)));
        sendText(m.toString());
    }

    /** The next message of a type (earlier messages of other types are kept in {@link #seen}). */
    JsonNode await(String msg) { return await(m -> msg.equals(m.path("msg").asText()), "msg " + msg); }

    JsonNode await(Predicate<JsonNode> match, String what) { return await(match, what, Duration.ofSeconds(10)); }

    JsonNode await(Predicate<JsonNode> match, String what, Duration timeout) {
        return awaitReceived(r -> match.test(r.message()), what, timeout).message();
    }

    private Received awaitReceived(Predicate<Received> match, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Received m = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
                if (m == null) throw new AssertionError("no " + what + " within " + timeout + "; close " + closeCode
                        + " " + closeReason + (connectionError == null ? "" : "; connection broken: " + connectionError)
                        + "; last messages: " + tail());
                if (match.test(m)) return m;
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Waits until the merged view satisfies a condition. */
    ObjectNode awaitState(Predicate<ObjectNode> condition, String what, Duration timeout) {
        return awaitReceived(r -> r.state() != null && condition.test(r.state()), what, timeout).state();
    }

    /** Messages of a type received during the next {@code period}. */
    List<JsonNode> drain(String msg, Duration period) {
        List<JsonNode> out = new ArrayList<>();
        long deadline = System.nanoTime() + period.toNanos();
        try {
            for (long left; (left = deadline - System.nanoTime()) > 0; ) {
                Received r = inbox.poll(left, TimeUnit.NANOSECONDS);
                if (r != null && msg.equals(r.message().path("msg").asText())) out.add(r.message());
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private synchronized String tail() {
        int from = Math.max(0, seen.size() - 5);
        return seen.subList(from, seen.size()).toString();
    }

    /** Waits for the server to close the socket; returns the close code. */
    int awaitClose(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (closeCode < 0 && System.nanoTime() < deadline) {
            try { Thread.sleep(10); } catch (InterruptedException e) { throw new AssertionError(e); }
        }
        return closeCode;
    }

    /** Drops the connection without a leave (the seat is held). */
    void drop() { socket.abort(); }

    /** Leaves the seat (like a polite client) and closes. */
    @Override public void close() {
        if (!socket.isOutputClosed()) {
            try {
                socket.sendText("{\"msg\":\"leave\"}", true).join();
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
            } catch (RuntimeException e) {
                // already gone
            }
        }
        socket.abort();
    }

    private void received(JsonNode m) {
        String type = m.path("msg").asText();
        if (type.equals("welcome")) state = (ObjectNode) m.get("view").deepCopy();
        else if (type.equals("view")) { state = m.deepCopy(); state.remove("msg"); }
        else if (type.equals("delta") && state != null) MergePatch.apply(state, m);
        synchronized (this) { seen.add(m); }
        inbox.add(new Received(m, state == null ? null : state.deepCopy()));
    }


    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try { received(JSON.readTree(partial.toString())); }
                catch (Exception e) { throw new IllegalStateException("server sent bad JSON: " + partial, e); }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override public void onError(WebSocket ws, Throwable error) { connectionError = error; }

        @Override public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            closeCode = code;
            closeReason = reason;
            return null;
        }
    }
}
