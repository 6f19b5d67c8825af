package io.starbridge.server;

import io.starbridge.protocol.ProtocolCodec;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One station socket. Any thread may {@link #send}; frames go out in order, one in flight at a
 * time, without ever blocking the caller (the tick thread must not wait on a slow client).
 * <p>
 * What waits for a slow or stuck client is bounded: at most {@link #MAX_QUEUED_BYTES} and
 * {@link #MAX_QUEUED_FRAMES} (the frame being written included). Deltas and events are droppable: when
 * the bound would be crossed, or a cadence finds more than {@link #RESYNC_ABOVE} frames waiting, the
 * queued ones are dropped and the station is resynchronised with one full {@code view} instead
 * ({@link #needsFullView}); while that view still waits to be written it is replaced by a newer one at
 * each cadence, so a client that reads again gets a view of the current tick, then deltas. Frames
 * that must arrive (welcome, ack, rejected, error, pong) are never dropped; a client that lets those
 * alone fill the bound is closed (1008).
 */
final class StationSession {
    /** A cadence finding more than this many frames waiting (≈ 3 s of deltas) resynchronises the station. */
    static final int RESYNC_ABOVE = 64;
    /** Bytes (UTF-8) one station may have waiting, the frame being written included: 1 MiB. */
    static final int MAX_QUEUED_BYTES = 1 << 20;
    /** Frames one station may have waiting, the frame being written included. */
    static final int MAX_QUEUED_FRAMES = 1024;
    /** Commands per second a station may send. */
    static final int COMMANDS_PER_SECOND = 60;

    final String id;
    private final Session socket;
    private final ServerMetrics metrics;
    private final CloseTimer timer;

    /** One text frame, its UTF-8 size, whether a full view may replace it, and whether it is one. */
    private record Frame(String text, int bytes, boolean droppable, boolean fullView) {}

    // guarded by this: frames behind the one being written; counts include the one being written
    private final ArrayDeque<Frame> outbox = new ArrayDeque<>();
    private int queuedFrames;
    private int queuedBytes;
    private int maxQueuedBytes;
    private boolean sending;
    /** How long a close may wait for the frames queued before it, ms (a client that does not read is closed anyway). */
    static final long CLOSE_GRACE_MS = 2_000;
    /**
     * How long the client must have sent nothing before a close, ms. A socket closed while the client's
     * messages are still unread is reset (RST), not closed (FIN), and a reset discards the frames still
     * on their way to the client — the error that explains the close among them (measured under two CPU
     * hogs: 21 of 60 flood closes lost it before this wait, 0 of 60 with it; docs/RELIABILITY.md).
     */
    static final long CLOSE_QUIET_MS = 250;
    /** A close waiting for the queue to be written ({@link #closeAfterQueued}), or null. */
    private String pendingCloseReason;
    private int pendingCloseCode;
    private long pendingCloseDeadlineMs;
    /** Wall time of the last message received from the client, ms (socket thread writes). */
    private volatile long lastReceivedMs;
    /** Deltas or events were dropped: the next cadence sends a full view. */
    private boolean fullViewNeeded;
    /** The full view queued and not yet written (replaced by a newer one at each cadence), or null. */
    private Frame waitingView;
    private long droppedFrames;
    private long fullViews;

    /** Set when a hello or resume took a seat (socket thread); read by the tick thread. */
    volatile Seat seat;
    volatile Game game;
    volatile boolean closed;

    /** Socket thread only: consecutive bad messages, and the command rate window. */
    int badInARow;
    private long rateWindowStartMs;
    private int rateWindowCount;
    /** Socket thread only: the window of all received messages (ConnectionLimits.messagesPerSecond). */
    private long messageWindowStartMs;
    private int messageWindowCount;

    /** Tick thread only: the last view queued to this station (deltas are diffed against it). */
    Map<String, Object> lastView;
    /** Tick thread only: a command of this station was applied this tick. */
    boolean commandApplied;

    StationSession(String id, Session socket, ServerMetrics metrics, CloseTimer timer) {
        this.id = id;
        this.socket = socket;
        this.metrics = metrics;
        this.timer = timer;
        this.lastReceivedMs = timer.nowMs();
    }

    /** A message arrived from the client (any, even one refused). Socket thread. */
    void received() { lastReceivedMs = timer.nowMs(); }

    /** Frames queued and not yet written (the one being written included). */
    synchronized int backlog() { return queuedFrames; }

    /** UTF-8 bytes queued and not yet written (the frame being written included). */
    synchronized int queuedBytes() { return queuedBytes; }

    /** The most {@link #queuedBytes} has ever been. */
    synchronized int maxQueuedBytes() { return maxQueuedBytes; }

    /** Deltas and events dropped for resyncs, and full views queued for them. */
    synchronized long droppedFrames() { return droppedFrames; }
    synchronized long fullViews() { return fullViews; }

    /** A frame that must arrive (welcome, ack, rejected, error, pong, server events). */
    void send(String text) {
        if (closing()) return;
        enqueue(new Frame(text, ProtocolCodec.utf8Length(text), false, false));
    }

    /** A delta or a sim event: not queued while a full view is due, and dropped when the station falls behind. */
    void sendDroppable(String text) {
        if (closing() || needsFullView()) return;
        enqueue(new Frame(text, ProtocolCodec.utf8Length(text), true, false));
    }

    /** True when the next delta must be a full view: deltas were dropped, or the last full view still waits. */
    synchronized boolean needsFullView() { return fullViewNeeded || waitingView != null; }

    /** A cadence found the station too far behind: drop what it has not read of deltas and events. Tick thread. */
    synchronized void fallBehind() { dropDroppable(); }

    /** Queues a full view (replacing one still waiting), after which deltas diff from it. Tick thread. */
    void sendFullView(String text) {
        if (closing()) return;
        synchronized (this) {
            if (waitingView != null) remove(waitingView);
            fullViewNeeded = false;
            fullViews++;
        }
        enqueue(new Frame(text, ProtocolCodec.utf8Length(text), true, true));
    }

    private void enqueue(Frame frame) {
        if (closed) return;
        boolean hopeless;
        synchronized (this) {
            if (fits(frame)) {
                add(frame);
                hopeless = false;
            } else {
                dropDroppable();
                if (frame.droppable()) return;
                hopeless = !fits(frame);
                if (!hopeless) add(frame);
            }
        }
        if (hopeless) {
            close(1008, "too slow: more than " + MAX_QUEUED_FRAMES + " frames or " + MAX_QUEUED_BYTES + " bytes behind");
            return;
        }
        pump();
    }

    private boolean fits(Frame frame) {
        return queuedFrames + 1 <= MAX_QUEUED_FRAMES && (long) queuedBytes + frame.bytes() <= MAX_QUEUED_BYTES;
    }

    private void add(Frame frame) {
        outbox.add(frame);
        queuedFrames++;
        queuedBytes += frame.bytes();
        maxQueuedBytes = Math.max(maxQueuedBytes, queuedBytes);
        if (frame.fullView()) waitingView = frame;
    }

    /** Drops every queued droppable frame (not the one being written); a full view must follow. */
    private void dropDroppable() {
        for (Iterator<Frame> it = outbox.iterator(); it.hasNext(); ) {
            Frame f = it.next();
            if (!f.droppable()) continue;
            it.remove();
            queuedFrames--;
            queuedBytes -= f.bytes();
            droppedFrames++;
        }
        waitingView = null;
        fullViewNeeded = true;
    }

    private void remove(Frame frame) {
        for (Iterator<Frame> it = outbox.iterator(); it.hasNext(); ) {
            if (it.next() != frame) continue;
            it.remove();
            queuedFrames--;
            queuedBytes -= frame.bytes();
            return;
        }
    }

    /**
     * Closes this connection once the frames queued so far are written — the error that explains the
     * close goes out first — and the client has been silent for {@link #CLOSE_QUIET_MS}; but after
     * {@link #CLOSE_GRACE_MS} at the latest, read or not, silent or not. Nothing is queued after it,
     * and queued deltas and events are dropped: they no longer matter.
     */
    void closeAfterQueued(int code, String reason) {
        synchronized (this) {
            if (closed || pendingCloseReason != null) return;
            pendingCloseCode = code;
            pendingCloseReason = reason;
            pendingCloseDeadlineMs = timer.nowMs() + CLOSE_GRACE_MS;
            dropDroppable();
        }
        timer.after(CLOSE_GRACE_MS, () -> close(code, reason));
        pump();
    }

    /** True once a close is pending or done (then nothing more is queued). */
    synchronized boolean closing() { return closed || pendingCloseReason != null; }

    /** The queue is written: closes once the client is silent (or the grace ran out), else looks again later. */
    private void closeWhenQuiet() {
        long now = timer.nowMs();
        long silentMs = now - lastReceivedMs;
        int code;
        String reason;
        synchronized (this) {
            code = pendingCloseCode;
            reason = pendingCloseReason;
            if (silentMs < CLOSE_QUIET_MS && now < pendingCloseDeadlineMs) {
                timer.after(CLOSE_QUIET_MS - silentMs, this::closeWhenQuiet);
                return;
            }
        }
        close(code, reason);
    }

    private void pump() {
        Frame next;
        synchronized (this) {
            if (sending) return;
            next = outbox.poll();
            if (next == null) {
                if (pendingCloseReason == null || closed) return;
            } else {
                sending = true;
                if (next == waitingView) waitingView = null; // written from now on: deltas may follow it
            }
        }
        if (next == null) { // everything queued before the close is written
            closeWhenQuiet();
            return;
        }
        socket.sendText(next.text(), Callback.from(() -> {
            written(next);
            metrics.sentMessages.increment();
            metrics.sentBytes.increment(next.bytes());
            pump();
        }, failure -> {
            written(next);
            closed = true;
        }));
    }

    private synchronized void written(Frame frame) {
        queuedFrames--;
        queuedBytes -= frame.bytes();
        sending = false;
    }

    /**
     * Counts any received message against a per-second limit (fixed one-second windows); false when
     * over it. Socket thread only.
     */
    boolean admitMessage(long nowMs, int perSecond) {
        if (nowMs - messageWindowStartMs >= 1000) {
            messageWindowStartMs = nowMs;
            messageWindowCount = 0;
        }
        return ++messageWindowCount <= perSecond;
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
