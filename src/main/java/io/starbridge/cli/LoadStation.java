package io.starbridge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.starbridge.protocol.MergePatch;
import io.starbridge.protocol.ProtocolCodec;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * One simulated station of {@code loadtest}: holds a seat, keeps its merged view, and (for
 * commanding roles) sends probe commands, timing each from send to the first view or delta
 * that shows its effect.
 */
final class LoadStation implements WebSocket.Listener {
    /** A probe that is not visible after this long counts as a timeout, ns. */
    static final long PROBE_TIMEOUT_NANOS = 2_000_000_000L;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How every error frame starts: the codec writes {@code msg} first (ProtocolCodecTest checks it). */
    static final String ERROR_PREFIX = "{\"msg\":\"error\"";

    final String role;
    private final int shipId;
    private final SplittableRandom random;
    private final CompletableFuture<Void> welcomed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private ObjectNode state;
    private long seq;
    private boolean captainRelease;

    // guarded by this
    private Predicate<ObjectNode> pendingEffect;
    private long pendingSeq;
    private long pendingSentNanos;
    private boolean counting;
    /** Probes are sent (from the warm-up on, until the measured seconds end). */
    private boolean probing;
    final List<Double> latenciesMs = new ArrayList<>();
    long bytes, messages, timeouts, rejected;
    String failure;

    LoadStation(String role, int shipId, long seed) {
        this.role = role;
        this.shipId = shipId;
        this.random = new SplittableRandom(seed);
    }

    /** Connects and sends hello; the future completes at the welcome. */
    CompletableFuture<Void> connect(HttpClient http, URI url, String gameId, String name) {
        socket = http.newWebSocketBuilder().buildAsync(url, this).join();
        ObjectNode hello = JSON.createObjectNode().put("msg", "hello").put("v", 1).put("gameId", gameId)
                .put("shipId", shipId).put("role", role).put("name", name).put("crewCode", "");
        socket.sendText(hello.toString(), true).join();
        return welcomed;
    }

    /** Whether this station sends probes. */
    boolean probes() { return role.equals("HELM") || role.equals("ENGINEERING") || role.equals("CAPTAIN"); }

    synchronized void startCounting() {
        counting = true;
        bytes = 0;
        messages = 0;
    }

    synchronized void stopCounting() {
        counting = false;
        probing = false;
    }

    /** Probes from now on (the warm-up's answers are not counted until {@link #startCounting}). */
    synchronized void startProbing() { probing = true; }

    /** Sends the next probe if none is outstanding (or the outstanding one timed out). */
    void probe() {
        ObjectNode command;
        synchronized (this) {
            if (state == null || !probing) return;
            if (pendingEffect != null) {
                if (System.nanoTime() - pendingSentNanos < PROBE_TIMEOUT_NANOS) return;
                if (counting) timeouts++;
                pendingEffect = null;
            }
            command = JSON.createObjectNode().put("msg", "command").put("seq", ++seq);
            switch (role) {
                case "HELM" -> {
                    double current = state.path("helm").path("throttle").asDouble();
                    double v = differentFrom(current, 0.0, 1.0);
                    command.put("type", "SetThrottle").put("throttle", v);
                    pendingEffect = s -> s.path("helm").path("throttle").asDouble() == v;
                }
                case "ENGINEERING" -> {
                    double current = state.path("engineering").path("subsystems").path("life").path("allocation").asDouble();
                    double v = differentFrom(current, 0.5, 1.5);
                    command.put("type", "SetPower").put("subsystemId", "life").put("allocation", v);
                    pendingEffect = s -> s.path("engineering").path("subsystems").path("life").path("allocation").asDouble() == v;
                }
                case "CAPTAIN" -> {
                    boolean v = !state.path("captain").path("released").asBoolean();
                    captainRelease = v;
                    command.put("type", "ReleaseWeapons").put("released", v);
                    pendingEffect = s -> s.path("captain").path("released").asBoolean() == captainRelease;
                }
                default -> { return; }
            }
            pendingSeq = seq;
            pendingSentNanos = System.nanoTime();
        }
        socket.sendText(command.toString(), true);
    }

    /** A random value in [lo, hi] on the wire's 0.001 grid, different from the current one. */
    private double differentFrom(double current, double lo, double hi) {
        double v;
        do v = Math.round((lo + random.nextDouble() * (hi - lo)) * 1000) / 1000.0;
        while (v == current);
        return v;
    }

    void leave() {
        try {
            socket.sendText("{\"msg\":\"leave\"}", true).join();
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        } catch (RuntimeException e) {
            socket.abort();
        }
    }

    @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            long now = System.nanoTime();
            String text = partial.toString();
            partial.setLength(0);
            received(text, now);
        }
        ws.request(1);
        return null;
    }

    private synchronized void received(String text, long nowNanos) {
        if (counting) {
            bytes += ProtocolCodec.utf8Length(text); // counted, not encoded: no garbage per message
            messages++;
        }
        // A station that sends no probes only needs its welcome and any error: it stands for a device
        // elsewhere, so its parsing would only steal this machine's CPU from the server under test.
        if (!probes() && welcomed.isDone() && !text.startsWith(ERROR_PREFIX)) return;
        JsonNode m;
        try { m = JSON.readTree(text); }
        catch (Exception e) { failure = "bad JSON from server"; return; }
        switch (m.path("msg").asText()) {
            case "welcome" -> {
                state = (ObjectNode) m.get("view").deepCopy();
                welcomed.complete(null);
            }
            case "view" -> { state = (ObjectNode) m.deepCopy(); checkEffect(nowNanos); }
            case "delta" -> {
                if (state != null) MergePatch.apply(state, m);
                checkEffect(nowNanos);
            }
            case "rejected" -> {
                if (m.path("seq").asLong() == pendingSeq && pendingEffect != null) {
                    if (counting) rejected++;
                    pendingEffect = null;
                }
            }
            case "error" -> {
                if (!welcomed.isDone()) welcomed.completeExceptionally(new IllegalStateException(role + ": " + m.path("reason").asText()));
                failure = m.path("reason").asText();
            }
            default -> { }
        }
    }

    private void checkEffect(long nowNanos) {
        if (pendingEffect != null && pendingEffect.test(state)) {
            if (counting) latenciesMs.add((nowNanos - pendingSentNanos) / 1e6);
            pendingEffect = null;
        }
    }


    @Override public void onError(WebSocket ws, Throwable error) {
        synchronized (this) { failure = String.valueOf(error); }
        welcomed.completeExceptionally(error);
    }
}
