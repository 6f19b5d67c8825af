package io.starbridge.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One station socket. Any thread may {@link #send}; frames go out in order, one in flight at a
 * time, without ever blocking the caller (the tick thread must not wait on a slow client).
 */
final class StationSession {
    /** Above this many queued frames a view is skipped for the cadence. */
    static final int SKIP_VIEW_ABOVE = 64;
    /** Above this many queued frames the client is hopelessly behind and is closed. */
    static final int CLOSE_ABOVE = 1024;
    /** Commands per second a station may send. */
    static final int COMMANDS_PER_SECOND = 60;

    final String id;
    private final Session socket;
    private final ServerMetrics metrics;
    private final ConcurrentLinkedQueue<String> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();

    /** Set when a hello or resume took a seat (socket thread); read by the tick thread. */
    volatile Seat seat;
    volatile Game game;
    volatile boolean closed;

    /** Socket thread only: consecutive bad messages, and the command rate window. */
    int badInARow;
    private long rateWindowStartMs;
    private int rateWindowCount;

    /** Tick thread only: the last view queued to this station (deltas are diffed against it). */
    Map<String, Object> lastView;
    /** Tick thread only: a command of this station was applied this tick. */
    boolean commandApplied;

    StationSession(String id, Session socket, ServerMetrics metrics) {
        this.id = id;
        this.socket = socket;
        this.metrics = metrics;
    }

    /** Frames queued and not yet written. */
    int backlog() { return queued.get(); }

    void send(String text) {
        if (closed) return;
        if (queued.incrementAndGet() > CLOSE_ABOVE) {
            close(1008, "too slow: more than " + CLOSE_ABOVE + " frames behind");
            return;
        }
        outbox.add(text);
        pump();
    }

    private void pump() {
        while (sending.compareAndSet(false, true)) {
            String next = outbox.poll();
            if (next == null) {
                sending.set(false);
                // a frame may have been added between poll and set(false)
                if (outbox.isEmpty()) return;
                continue;
            }
            int bytes = next.getBytes(StandardCharsets.UTF_8).length;
            socket.sendText(next, Callback.from(() -> {
                queued.decrementAndGet();
                metrics.sentMessages.increment();
                metrics.sentBytes.increment(bytes);
                sending.set(false);
                pump();
            }, failure -> {
                queued.decrementAndGet();
                sending.set(false);
                closed = true;
            }));
            return;
        }
    }

    /** Counts a command against the per-second rate; false when over it. Socket thread only. */
    boolean admitCommand(long nowMs) {
        if (nowMs - rateWindowStartMs >= 1000) {
            rateWindowStartMs = nowMs;
            rateWindowCount = 0;
        }
        return ++rateWindowCount <= COMMANDS_PER_SECOND;
    }

    void close(int code, String reason) {
        closed = true;
        if (socket.isOpen()) socket.close(code, reason, Callback.NOOP);
    }
}
