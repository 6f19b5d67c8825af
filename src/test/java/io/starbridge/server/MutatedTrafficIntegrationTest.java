package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.starbridge.fuzz.FrameMutator;
import io.starbridge.fuzz.FuzzBudget;
import io.starbridge.fuzz.RecordedSession;
import io.starbridge.protocol.ClientMessage;
import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.command.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The mutation fuzzer over recorded real traffic, against a real server over WebSocket: every crew
 * seat of a paused game sends mutations of the frames its role sent in the recorded session. Each
 * frame must be answered with an error or a rejection (or close that connection); nothing may be
 * acknowledged, the world's state hash and the journal must not change, {@code /healthz} stays 200
 * and an observer keeps receiving its views. {@code -Dfuzz.socketInputs=N} for a longer run.
 */
@Timeout(300)
class MutatedTrafficIntegrationTest {
    /** Answers that say "refused"; a pong answers a frame that was itself a valid ping. */
    private static final Set<String> ANSWERS = Set.of("error", "rejected", "pong");
    private static final double MARKER_BASE = 777_000_000;

    private StarbridgeServer server;
    private Game game;
    private TestStation gm;
    private TestStation observer;
    private final Map<Role, Seated> seats = new EnumMap<>(Role.class);

    /** A fuzzing connection and the token that resumes its seat after the server closes it. */
    private static final class Seated {
        TestStation station;
        String token;
    }

    @BeforeEach void start() {
        // the per-connection message limit is lifted: this test is about content, HostileInputIntegrationTest about floods
        NetworkOptions network = NetworkOptions.defaults().withLimits(new ConnectionLimits(1_000_000, 64, 64 * 1024));
        server = new StarbridgeServer(new ServerConfig(0, null, 60, 60, true, network), Scenarios.builtIn()).start();
        game = server.games().create("strike", 21L, true);
        gm = TestStation.join(server.port(), game.id(), 1, "GAME_MASTER", "Gail", null);
        gm.sendJson(Map.of("msg", "gm", "seq", 1, "action", "pause"));
        gm.await("ack");
        observer = TestStation.join(server.port(), game.id(), 1, "OBSERVER", "Olga", null);
    }

    @AfterEach void stop() {
        seats.values().forEach(s -> s.station.close());
        observer.close();
        gm.close();
        server.stop();
    }

    @Test void mutated_recorded_frames_sent_by_every_seat_are_refused_and_change_nothing() throws Exception {
        long seed = FuzzBudget.seed() + 3;
        int inputs = Integer.getInteger("fuzz.socketInputs", 400);
        List<RecordedSession.Frame> corpus = RecordedSession.frames();
        List<String> texts = corpus.stream().map(RecordedSession.Frame::text).toList();
        long hashBefore = ServerFixture.onTick(game, w -> w.stateHash());
        int journalBefore = game.journal().size();
        ProtocolCodec codec = new ProtocolCodec();
        FrameMutator mutator = new FrameMutator();
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Integer> answers = new TreeMap<>();
        int sent = 0, skipped = 0, closes = 0;

        for (int i = 0; i < inputs; i++) {
            RecordedSession.Frame original = corpus.get(random.nextInt(corpus.size()));
            // a text frame carries UTF-8: lone surrogates go out as '?', as any client's encoder sends them
            String frame = new String(mutator.mutate(original.text(), texts, random).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.nio.charset.StandardCharsets.UTF_8);
            ClientMessage local = decodeLocally(codec, frame);
            if (local instanceof ClientMessage.Leave || local instanceof ClientMessage.Hello || local instanceof ClientMessage.Resume) {
                skipped++; // a valid seat change is protocol, not hostile input
                continue;
            }
            // game-master frames are sent from the captain's seat: no crew seat may act as game master
            Role role = original.role() == Role.GAME_MASTER || original.role() == Role.OBSERVER || original.role() == Role.VIEWSCREEN
                    ? Role.CAPTAIN : original.role();
            Seated seat = seat(role);
            try {
                seat.station.sendText(frame);
            } catch (RuntimeException e) {
                // the server closed this connection (e.g. a frame over 64 KiB): an allowed answer
            }
            sent++;
            List<String> got;
            try { got = answersTo(seat.station, i); }
            catch (AssertionError e) { throw new AssertionError("input " + i + " (seed " + seed + ") from " + role + ": " + shorten(frame), e); }
            if (got == null) { // closed
                closes++;
                assertThat(seat.station.closeCode).as("close code after input %d (seed %d)", i, seed).isIn(1008, 1009);
                continue; // the next frame of this role resumes the held seat on a new connection
            }
            assertThat(got).as("answer types to input %d (seed %d): %s", i, seed, shorten(frame)).isNotEmpty().allMatch(ANSWERS::contains);
            got.forEach(t -> answers.merge(t, 1, Integer::sum));
        }
        System.out.printf("fuzz: mutated recorded frames over WebSocket: %d sent (seed %d), %d valid seat changes skipped, "
                + "answers %s, %d connections closed by the server%n", sent, seed, skipped, answers, closes);

        assertThat(ServerFixture.<Long>onTick(game, w -> w.stateHash())).isEqualTo(hashBefore);
        assertThat(game.journal().size()).isEqualTo(journalBefore);
        assertThat(game.paused()).isTrue();
        assertThat(new PlainHttp(server.port()).status("/healthz")).isEqualTo(200);
        assertThat(observer.drain("delta", Duration.ofMillis(500)).size() + observer.drain("view", Duration.ofMillis(300)).size())
                .as("views still reach the observer").isPositive();
        assertThat(answers.getOrDefault("error", 0) + answers.getOrDefault("rejected", 0)).isPositive();
    }

    /**
     * What the server answered to one frame: every message up to the pong of a marker ping sent right
     * after it, plus a rejection the tick sends later for a command that passed the socket's checks.
     * @return the answer types, or null if the server closed the connection
     */
    private List<String> answersTo(TestStation s, int index) {
        double marker = MARKER_BASE + index;
        try {
            s.sendJson(Map.of("msg", "ping", "clientTimeMs", marker));
        } catch (RuntimeException e) {
            return s.awaitClose(Duration.ofSeconds(5)) > 0 ? null : failNoClose(index);
        }
        List<String> got = new ArrayList<>();
        try {
            s.await(m -> {
                String type = m.path("msg").asText();
                if (type.equals("pong") && m.path("clientTimeMs").asDouble() == marker) return true;
                if (type.equals("ack") || type.equals("welcome")) throw new AssertionError("input " + index + " was accepted: " + m);
                if (!type.equals("view") && !type.equals("delta") && !type.equals("event")) got.add(type);
                return false;
            }, "the marker pong of input " + index, Duration.ofSeconds(5));
        } catch (AssertionError e) {
            if (s.awaitClose(Duration.ofSeconds(2)) > 0) return null;
            throw e;
        }
        if (got.isEmpty()) { // a command that passed the socket's checks: the paused game's tick refuses it
            JsonNode r = s.await(m -> m.path("msg").asText().equals("rejected"), "the tick's rejection of input " + index,
                    Duration.ofSeconds(3));
            assertThat(r.path("reason").asText()).contains("the game is paused");
            got.add("rejected");
        }
        return got;
    }

    private static List<String> failNoClose(int index) {
        throw new AssertionError("cannot send after input " + index + " and the server did not close the connection");
    }

    /** A seated fuzzing connection for a role: a new seat, or the held one resumed after a close. */
    private Seated seat(Role role) {
        Seated s = seats.get(role);
        if (s != null && s.station.closeCode < 0) return s;
        Seated fresh = new Seated();
        fresh.station = TestStation.connect(server.port());
        if (s == null || s.token == null) {
            fresh.station.sendJson(Map.of("msg", "hello", "v", 1, "gameId", game.id(), "shipId", 1, "role", role.name(),
                    "name", "Fuzz " + role.name().toLowerCase()));
        } else {
            fresh.station.sendJson(Map.of("msg", "resume", "v", 1, "token", s.token));
        }
        fresh.token = fresh.station.await("welcome").path("token").asText();
        seats.put(role, fresh);
        return fresh;
    }

    private static ClientMessage decodeLocally(ProtocolCodec codec, String frame) {
        try { return codec.decode(frame); } catch (Exception e) { return null; }
    }

    private static String shorten(String s) { return s.length() <= 200 ? s : s.substring(0, 200) + "… (" + s.length() + " chars)"; }

    /** GET status of a path on the test server. */
    private record PlainHttp(int port) {
        int status(String path) throws Exception {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + path)).build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
