package io.starbridge.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandCodec;
import io.starbridge.sim.command.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One station seat over a real WebSocket through its own {@link FaultyProxy}, behaving as a real
 * station after a drop: it reconnects, sends {@code resume} with its token, and once welcomed resends
 * every command not yet acknowledged, with the same seq. Driven by the test thread (lock-step soak):
 * {@link #service} does the reconnecting; the socket's listener only records what arrives.
 */
final class SoakStation {
    /** How long one socket operation (connect, send) may take before the connection counts as dead, ms. */
    private static final long SOCKET_TIMEOUT_MS = 5_000;

    final Role role;
    final FaultyProxy proxy;
    private final HttpClient http;
    private final String gameId;
    private final int shipId;
    /** The game's tick now (the caller is the game's tick thread, so this is exact). */
    private final LongSupplier currentTick;

    /** Commands sent and not yet acknowledged: seq → the frame, resent as is after a reconnect. */
    private final ConcurrentSkipListMap<Long, String> unacked = new ConcurrentSkipListMap<>();
    /** seq → the tick its ack named; an ack naming another tick for the same seq is a double application. */
    private final Map<Long, Long> ackedInTick = new ConcurrentHashMap<>();
    /** What went wrong in the protocol (errors, refusals on receipt, views going back in time). */
    final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

    private volatile WebSocket socket;
    /** Bumped per connection: a late callback of a dead socket does not touch the new one. */
    private volatile int generation;
    private volatile boolean dead;
    private volatile JsonNode welcome;
    private boolean ready;
    private String token;
    private String memberId;
    private long resumeSentAtTick = -1;
    /** When positive, the next connection's proxy delays every chunk by this many ms (a slow network). */
    int slowNextConnectionMs;

    // figures (test thread, except where noted)
    int reconnects;
    int resumes;
    int resent;
    /** Resumes whose welcome view was at the game's tick then. */
    int welcomesAtCurrentTick;
    final java.util.concurrent.atomic.AtomicInteger acks = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger simulationRejections = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger fullViews = new java.util.concurrent.atomic.AtomicInteger();
    /** Listener thread: the tick of the last view or delta this connection applied. */
    private volatile long viewTick = -1;

    SoakStation(HttpClient http, FaultyProxy proxy, String gameId, int shipId, Role role, LongSupplier currentTick) {
        this.http = http;
        this.proxy = proxy;
        this.gameId = gameId;
        this.shipId = shipId;
        this.role = role;
        this.currentTick = currentTick;
        this.dead = true; // the first service() connects and says hello
    }

    /** Connected, welcomed and caught up with its resends. */
    boolean ready() { return ready && !dead; }

    String memberId() { return memberId; }

    int unackedCount() { return unacked.size(); }

    /** seq → the tick the server said it was applied in, for every acknowledged command. */
    Map<Long, Long> ackedInTick() { return Map.copyOf(ackedInTick); }

    /** Sends a bot's command as this station's command with the bot's seq (sent now if connected, else on resume). */
    long send(Command command) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>(CommandCodec.encode(command));
        long seq = command.origin().seq();
        fields.keySet().removeAll(List.of("shipId", "role", "member", "seq"));
        ObjectNode frame = TestStation.JSON.createObjectNode().put("msg", "command").put("seq", seq);
        fields.forEach((k, v) -> frame.set(k, TestStation.JSON.valueToTree(v)));
        String text = frame.toString();
        unacked.put(seq, text);
        if (ready()) write(text);
        return seq;
    }

    /** One step of the reconnect machine; call often from the test thread. */
    void service() {
        if (dead) {
            connect();
            return;
        }
        JsonNode w = welcome;
        if (!ready && w != null) welcomed(w);
    }

    private void connect() {
        WebSocket old = socket;
        if (old != null) old.abort();
        ready = false;
        welcome = null;
        dead = false;
        int gen = ++generation;
        try {
            socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + proxy.port() + "/ws"), new Listener(gen))
                    .get(SOCKET_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            dead = true;
            return;
        }
        if (slowNextConnectionMs > 0) {
            proxy.delayEachChunk(slowNextConnectionMs);
            slowNextConnectionMs = 0;
        }
        if (token == null) {
            write(TestStation.JSON.createObjectNode().put("msg", "hello").put("v", 1).put("gameId", gameId)
                    .put("shipId", shipId).put("role", role.name()).put("name", "bot " + role.name().toLowerCase())
                    .toString());
        } else {
            reconnects++;
            resumeSentAtTick = currentTick.getAsLong();
            write(TestStation.JSON.createObjectNode().put("msg", "resume").put("v", 1).put("token", token).toString());
        }
    }

    private void welcomed(JsonNode w) {
        long now = currentTick.getAsLong();
        if (token != null) {
            resumes++;
            long tick = w.path("tick").asLong(), view = w.path("view").path("tick").asLong(-1);
            if (tick == now && view == now) welcomesAtCurrentTick++;
            else problems.add(role + ": resumed at tick " + now + " (resume sent at " + resumeSentAtTick
                    + ") but the welcome view is at " + view + " (welcome tick " + tick + ")");
        }
        token = w.path("token").asText();
        memberId = w.path("you").path("memberId").asText();
        for (String frame : unacked.values()) {
            if (dead) return;
            write(frame);
            resent++;
        }
        ready = !dead;
    }

    private void write(String text) {
        WebSocket s = socket;
        try {
            s.sendText(text, true).get(SOCKET_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            dead = true;
        }
    }

    /**
     * Gives up a connection that looks alive but answers nothing (a reset the socket never reported):
     * what a real station's ping timeout does. It reconnects on the next {@link #service}.
     */
    void presumeDead() {
        if (dead) return;
        silentConnectionsAbandoned++;
        dead = true;
        WebSocket s = socket;
        if (s != null) s.abort();
    }

    /** Connections given up by {@link #presumeDead}. */
    int silentConnectionsAbandoned;

    /** Closes without leaving. */
    void abort() {
        WebSocket s = socket;
        if (s != null) s.abort();
    }

    private void received(JsonNode m, int gen) {
        String type = m.path("msg").asText();
        switch (type) {
            case "welcome" -> {
                if (gen == generation) {
                    viewTick = m.path("view").path("tick").asLong();
                    welcome = m;
                }
            }
            case "ack" -> {
                long seq = m.path("seq").asLong(), tick = m.path("tick").asLong();
                acks.incrementAndGet();
                unacked.remove(seq);
                Long before = ackedInTick.putIfAbsent(seq, tick);
                if (before != null && before != tick)
                    problems.add(role + ": seq " + seq + " acknowledged in tick " + before + " and again in tick " + tick);
            }
            case "rejected" -> {
                if (m.path("tick").asLong(-1) >= 0) simulationRejections.incrementAndGet();
                else problems.add(role + ": refused on receipt: " + m);
            }
            case "error" -> problems.add(role + ": error " + m);
            case "delta", "view" -> {
                if (gen != generation) return;
                long tick = m.path("tick").asLong();
                if (type.equals("view")) fullViews.incrementAndGet();
                else if (tick < viewTick) problems.add(role + ": delta for tick " + tick + " after tick " + viewTick);
                viewTick = tick;
            }
            default -> { }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final int gen;
        private final StringBuilder partial = new StringBuilder();

        Listener(int gen) { this.gen = gen; }

        @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try { received(TestStation.JSON.readTree(partial.toString()), gen); }
                catch (Exception e) { problems.add(role + ": bad JSON from the server: " + e.getMessage()); }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            if (gen == generation) dead = true;
            return null;
        }

        @Override public void onError(WebSocket ws, Throwable error) {
            if (gen == generation) dead = true;
        }
    }
}
