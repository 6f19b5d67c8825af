package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.starbridge.sim.command.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A station that stops reading (its proxy stalls, so the server's socket backs up) while the game runs:
 * what the server keeps for it stays within the bound, and when it reads again it is resynchronised
 * with a full view of the current tick, then carries on with deltas. The game is stepped by the test as
 * fast as it goes, so the stall fills the kernel's socket buffers (≈ 4 MB on loopback) within seconds:
 * a game master's station on the battlefield hears every event and sees every ship.
 */
final class StuckClientIntegrationTest {
    /** Ticks the stuck station may take to fill the socket buffers and cross the bound. */
    private static final int MAX_STALLED_TICKS = 20_000;

    @Test
    void a_stuck_station_keeps_a_bounded_queue_and_gets_a_full_view_of_the_current_tick_when_it_reads_again()
            throws Exception {
        try (ServerFixture fixture = new ServerFixture(60);
             FaultyProxy proxy = new FaultyProxy(fixture.port)) {
            long started = System.nanoTime();
            Game game = fixture.server.games().createSteppedByCaller("battlefield", 7, true);
            LightStation station = new LightStation(proxy.port());
            station.send("{\"msg\":\"hello\",\"v\":1,\"gameId\":\"" + game.id()
                    + "\",\"shipId\":1,\"role\":\"GAME_MASTER\",\"name\":\"Stuck\",\"crewCode\":\"\"}");
            StationSession session = awaitSeated(game);
            long welcomeTick = station.await(m -> m.path("msg").asText().equals("welcome"), "a welcome").path("tick").asLong();
            for (int i = 0; i < 30; i++) game.runTick();
            station.await(m -> m.path("msg").asText().equals("delta") && m.path("tick").asLong() >= welcomeTick + 28,
                    "deltas flowing");

            proxy.stallToStation(true);
            int stalledTicks = 0;
            while (session.fullViews() < 20 && stalledTicks < MAX_STALLED_TICKS) {
                game.runTick();
                stalledTicks++;
                assertThat(session.queuedBytes()).as("bytes queued for the stuck station")
                        .isLessThanOrEqualTo(StationSession.MAX_QUEUED_BYTES);
                assertThat(session.backlog()).as("frames queued for the stuck station")
                        .isLessThanOrEqualTo(StationSession.MAX_QUEUED_FRAMES);
            }
            assertThat(session.fullViews()).as("full views queued for the stuck station (each replacing the last)")
                    .isGreaterThanOrEqualTo(20);
            assertThat(session.droppedFrames()).as("deltas and events dropped instead of queued").isPositive();
            assertThat(session.maxQueuedBytes()).as("most bytes ever queued").isLessThanOrEqualTo(StationSession.MAX_QUEUED_BYTES);
            assertThat(session.closed).as("closed instead of resynchronised").isFalse();

            System.out.println("STUCK stalled " + stalledTicks + " ticks in " + (System.nanoTime() - started) / 1_000_000
                    + " ms; full views " + session.fullViews() + ", frames dropped " + session.droppedFrames()
                    + ", most bytes queued " + session.maxQueuedBytes() + " (bound " + StationSession.MAX_QUEUED_BYTES + ")");
            proxy.stallToStation(false);
            long tickAtRelease = game.tick();
            JsonNode view = station.await(m -> m.path("msg").asText().equals("view"), "a full view");
            long viewTick = view.path("tick").asLong();
            assertThat(viewTick).as("the full view's tick; released at tick " + tickAtRelease)
                    .isBetween(tickAtRelease - (StationPublisher.VIEW_EVERY_TICKS - 1), tickAtRelease);
            assertThat(view.size()).as("a whole view, not a patch: " + view.fieldNames()).isGreaterThan(5);
            for (int i = 0; i < 30; i++) game.runTick();
            long now = game.tick();
            station.await(m -> m.path("msg").asText().equals("delta") && m.path("tick").asLong() == now,
                    "deltas after the full view up to the current tick");
            assertThat(station.fullViewsAfter(viewTick)).as("full views after the first one").isZero();
            assertThat(session.needsFullView()).as("deltas again, no more full views").isFalse();
            station.close();
        }
    }

    /** A station that only parses what arrives (a stale backlog of megabytes is read quickly). */
    private static final class LightStation implements WebSocket.Listener, AutoCloseable {
        private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private final List<Long> fullViewTicks = new CopyOnWriteArrayList<>();
        private final WebSocket socket;

        LightStation(int port) {
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), this).join();
        }

        void send(String text) { socket.sendText(text, true).join(); }

        JsonNode await(Predicate<JsonNode> match, String what) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            for (long left; (left = deadline - System.nanoTime()) > 0; ) {
                JsonNode m = inbox.poll(left, TimeUnit.NANOSECONDS);
                if (m != null && match.test(m)) return m;
            }
            throw new AssertionError("no " + what + " within 30 s");
        }

        long fullViewsAfter(long tick) { return fullViewTicks.stream().filter(t -> t > tick).count(); }

        @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode m = TestStation.JSON.readTree(partial.toString());
                    if (m.path("msg").asText().equals("view")) fullViewTicks.add(m.path("tick").asLong());
                    inbox.add(m);
                } catch (Exception e) {
                    inbox.add(TestStation.JSON.createObjectNode().put("msg", "bad JSON: " + e.getMessage()));
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override public void close() { socket.abort(); }
    }

    /** Waits for the hello to take its seat, then welcomes it (the test is the game's tick thread). */
    private static StationSession awaitSeated(Game game) throws InterruptedException {
        Seat seat = null;
        for (int i = 0; i < 2000 && (seat == null || seat.session == null); i++) {
            Thread.sleep(5);
            seat = gameMasterSeat(game);
        }
        if (seat == null || seat.session == null) throw new AssertionError("the game master's hello was not seated");
        for (int i = 0; i < 20; i++) { // its join is queued a moment after the seat is taken
            game.serveControls();
            Thread.sleep(5);
        }
        return seat.session;
    }

    private static Seat gameMasterSeat(Game game) {
        for (int member = 0; member < 10; member++) {
            Seat s = game.seats().seatOf("m" + member, 1, Role.GAME_MASTER);
            if (s != null) return s;
        }
        return null;
    }
}
