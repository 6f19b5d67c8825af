package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.junit.jupiter.api.Test;

/** The send queue of one station against a socket that takes frames but does not finish writing them. */
final class StationSessionTest {
    /** A socket whose writes complete only when the test says so. */
    private static final class StuckSocket {
        final List<String> written = new ArrayList<>();
        final List<Callback> pending = new ArrayList<>();
        boolean open = true;
        String closeReason;

        Session session() {
            return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "sendText" -> {
                            written.add((String) args[0]);
                            pending.add((Callback) args[1]);
                            yield null;
                        }
                        case "isOpen" -> open;
                        case "close" -> {
                            if (args != null && args.length == 3) closeReason = (String) args[1];
                            open = false;
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "stuck socket";
                        default -> null;
                    });
        }

        /** The client reads: every write so far completes (each completion may start the next write). */
        void drain() {
            while (!pending.isEmpty()) pending.remove(0).succeed();
        }
    }

    /** Time that moves only when the test says so; delayed tasks run when their time comes. */
    private static final class ManualTimer implements CloseTimer {
        private record Task(long dueMs, Runnable task) {}
        private final List<Task> tasks = new ArrayList<>();
        long nowMs = 1_000_000;

        @Override public long nowMs() { return nowMs; }

        @Override public void after(long delayMs, Runnable task) { tasks.add(new Task(nowMs + delayMs, task)); }

        void advance(long ms) {
            nowMs += ms;
            for (Task due; (due = tasks.stream().filter(t -> t.dueMs() <= nowMs).findFirst().orElse(null)) != null; ) {
                tasks.remove(due);
                due.task().run();
            }
        }
    }

    private final ManualTimer timer = new ManualTimer();

    private static String frame(String kind, int bytes) {
        return "{\"msg\":\"" + kind + "\",\"pad\":\"" + "x".repeat(Math.max(0, bytes - 22 - kind.length())) + "\"}";
    }

    @Test
    void droppable_frames_never_push_the_queue_past_its_byte_bound_and_ask_for_a_full_view_instead() {
        StuckSocket socket = new StuckSocket();
        StationSession session = new StationSession("s1", socket.session(), new ServerMetrics(), timer);
        for (int i = 0; i < 200; i++) {
            session.sendDroppable(frame("delta", 50_000));
            assertThat(session.queuedBytes()).isLessThanOrEqualTo(StationSession.MAX_QUEUED_BYTES);
        }
        assertThat(session.needsFullView()).isTrue();
        assertThat(session.droppedFrames()).isPositive();
        assertThat(session.maxQueuedBytes()).isLessThanOrEqualTo(StationSession.MAX_QUEUED_BYTES);
        assertThat(socket.open).isTrue();
        assertThat(socket.written).hasSize(1); // one frame in flight, the rest waits or was dropped
    }

    @Test
    void a_waiting_full_view_is_replaced_by_the_newer_one_and_deltas_follow_it_once_written() {
        StuckSocket socket = new StuckSocket();
        StationSession session = new StationSession("s1", socket.session(), new ServerMetrics(), timer);
        session.sendDroppable(frame("delta", 100)); // in flight, stuck
        session.send(frame("ack", 40));
        session.fallBehind();
        session.sendDroppable(frame("event", 100)); // refused: a full view is due
        session.sendFullView("{\"msg\":\"view\",\"tick\":10}");
        session.sendFullView("{\"msg\":\"view\",\"tick\":13}");
        assertThat(session.backlog()).isEqualTo(3); // the frame in flight, the ack, the newest view

        socket.drain();
        assertThat(socket.written).containsExactly(frame("delta", 100), frame("ack", 40), "{\"msg\":\"view\",\"tick\":13}");
        assertThat(session.needsFullView()).isFalse();
        session.sendDroppable("{\"msg\":\"delta\",\"tick\":16}");
        socket.drain();
        assertThat(socket.written).last().isEqualTo("{\"msg\":\"delta\",\"tick\":16}");
        assertThat(session.backlog()).isZero();
        assertThat(session.queuedBytes()).isZero();
    }

    @Test
    void a_client_that_lets_undroppable_answers_fill_the_bound_is_closed() {
        StuckSocket socket = new StuckSocket();
        StationSession session = new StationSession("s1", socket.session(), new ServerMetrics(), timer);
        for (int i = 0; i < StationSession.MAX_QUEUED_FRAMES + 10; i++) session.send(frame("ack", 40));
        assertThat(socket.open).isFalse();
        assertThat(socket.closeReason).startsWith("too slow");
        assertThat(session.backlog()).isLessThanOrEqualTo(StationSession.MAX_QUEUED_FRAMES);
    }

    @Test
    void utf8_length_counts_bytes_not_chars() {
        assertThat(io.starbridge.protocol.ProtocolCodec.utf8Length("abc")).isEqualTo(3);
        assertThat(io.starbridge.protocol.ProtocolCodec.utf8Length("é")).isEqualTo(2);
        assertThat(io.starbridge.protocol.ProtocolCodec.utf8Length("€")).isEqualTo(3);
        assertThat(io.starbridge.protocol.ProtocolCodec.utf8Length("🚀")).isEqualTo(4);
    }

    @Test
    void a_close_waits_for_the_frames_queued_before_it_so_the_error_that_explains_it_arrives_first() {
        StuckSocket socket = new StuckSocket();
        StationSession session = new StationSession("s1", socket.session(), new ServerMetrics(), timer);
        session.send("{\"msg\":\"pong\"}");
        session.send("{\"msg\":\"pong\"}");
        session.send("{\"msg\":\"error\",\"reason\":\"flood\"}");
        session.closeAfterQueued(1008, "too many messages per second");
        session.send("{\"msg\":\"pong\"}"); // after the close was decided: not queued
        session.sendFullView("{\"msg\":\"view\"}"); // nor a full view
        assertThat(socket.open).as("frames still queued").isTrue();

        socket.drain();
        timer.advance(StationSession.CLOSE_QUIET_MS);
        assertThat(socket.written).containsExactly("{\"msg\":\"pong\"}", "{\"msg\":\"pong\"}", "{\"msg\":\"error\",\"reason\":\"flood\"}");
        assertThat(socket.open).isFalse();
        assertThat(socket.closeReason).isEqualTo("too many messages per second");
    }

    @Test
    void a_close_waits_until_the_client_is_silent_so_its_unread_messages_do_not_reset_the_connection() {
        StuckSocket socket = new StuckSocket();
        StationSession session = new StationSession("s1", socket.session(), new ServerMetrics(), timer);
        session.send("{\"msg\":\"error\",\"reason\":\"flood\"}");
        session.closeAfterQueued(1008, "too many messages per second");
        socket.drain(); // the error is written
        for (int i = 0; i < 5; i++) { // the client is still sending
            timer.advance(StationSession.CLOSE_QUIET_MS / 2);
            session.received();
        }
        assertThat(socket.open).as("closed while the client still talks").isTrue();
        timer.advance(StationSession.CLOSE_QUIET_MS - 1);
        assertThat(socket.open).isTrue();
        timer.advance(1);
        assertThat(socket.open).as("silent for CLOSE_QUIET_MS").isFalse();
    }

    @Test
    void a_client_that_neither_reads_nor_stops_talking_is_closed_when_the_grace_runs_out() {
        StuckSocket socket = new StuckSocket();
        StationSession session = new StationSession("s1", socket.session(), new ServerMetrics(), timer);
        session.send("{\"msg\":\"error\",\"reason\":\"flood\"}"); // never written: the client does not read
        session.closeAfterQueued(1008, "too many messages per second");
        for (long t = 0; t < StationSession.CLOSE_GRACE_MS - 10; t += 10) {
            timer.advance(10);
            session.received();
        }
        assertThat(socket.open).isTrue();
        timer.advance(10);
        assertThat(socket.open).isFalse();
        assertThat(socket.closeReason).isEqualTo("too many messages per second");
    }
}
