package io.starbridge.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.protocol.ClientMessage;
import io.starbridge.protocol.ClientMessage.CommandMessage;
import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.protocol.ProtocolException;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.server.CommandAdmission;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.ship.Ship;
import io.starbridge.station.Permissions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the WebSocket decoder and the command check, in process: every input is either
 * decoded into a valid message or refused with a short, non-blank reason, and nothing else ever
 * escapes (no other exception, no hang). Commands that pass the check are applied to a live
 * last-of-its-kind mission, which must keep stepping with finite positions. Sizes: see
 * {@link FuzzBudget} ({@code -Dfuzz.inputs=1000000} for a long run).
 */
class DecoderFuzzTest {
    /** Longest reason the codec or the command check may send back, chars (inputs are up to 70 KB). */
    private static final int MAX_REASON = 400;
    /** Inputs between two simulation steps in the mutation fuzzer. */
    private static final int INPUTS_PER_TICK = 20;

    private final ProtocolCodec codec = new ProtocolCodec();
    private final CommandAdmission admission = new CommandAdmission(new Permissions());

    @Test void random_bytes_are_refused_with_a_reason_and_nothing_else_escapes_the_decoder() {
        long seed = FuzzBudget.seed();
        int inputs = FuzzBudget.inputs(10_000);
        SplittableRandom random = new SplittableRandom(seed);
        Tally tally = new Tally();
        for (int i = 0; i < inputs; i++) tally.count(decode(FrameMutator.randomBytes(random), seed, i));
        report("random bytes", inputs, seed, tally);
        assertThat(tally.refused).isGreaterThan(inputs * 9L / 10);
    }

    @Test void generated_messages_with_hostile_fields_are_decoded_whole_or_refused_with_a_reason() {
        long seed = FuzzBudget.seed() + 1;
        int inputs = FuzzBudget.inputs(10_000);
        SplittableRandom random = new SplittableRandom(seed);
        FrameMutator mutator = new FrameMutator();
        List<String> skeletons = List.of("{}", "{\"msg\":\"nope\"}", "{\"msg\":\"leave\"}", "{\"msg\":\"ping\",\"clientTimeMs\":1.5}",
                "{\"msg\":\"command\",\"type\":\"SetThrottle\",\"throttle\":0.5,\"seq\":1}",
                "{\"msg\":\"gm\",\"action\":\"spawn\",\"hull\":\"frigate\",\"x\":1,\"y\":2,\"seq\":1}",
                "{\"msg\":\"resume\",\"v\":1,\"token\":\"00112233445566778899aabbccddeeff\"}",
                "{\"msg\":\"hello\",\"v\":1,\"gameId\":\"g1\",\"shipId\":1,\"role\":\"HELM\",\"name\":\"Ann\"}");
        Tally tally = new Tally();
        for (int i = 0; i < inputs; i++) {
            String frame = skeletons.get(random.nextInt(skeletons.size()));
            // stacked mutations; growth stops past the socket's 64 KiB limit, which closes the socket first
            for (int k = random.nextInt(6); k >= 0 && frame.length() < 70_000; k--) frame = mutator.mutate(frame, skeletons, random);
            tally.count(decode(frame, seed, i));
        }
        report("generated messages", inputs, seed, tally);
        assertThat(tally.refused).isPositive();
        assertThat(tally.decoded).isPositive();
    }

    @Test void mutated_recorded_traffic_is_refused_with_a_reason_or_admitted_and_the_mission_keeps_stepping() {
        long seed = FuzzBudget.seed() + 2;
        int inputs = FuzzBudget.inputs(20_000);
        List<RecordedSession.Frame> corpus = RecordedSession.frames();
        List<String> texts = corpus.stream().map(RecordedSession.Frame::text).toList();
        assertUnmutatedCorpusIsAdmitted(corpus);

        SplittableRandom random = new SplittableRandom(seed);
        FrameMutator mutator = new FrameMutator();
        Mission mission = Scenarios.builtIn().byId("last-of-its-kind").start(7, null);
        List<Command> pending = new ArrayList<>();
        Tally tally = new Tally();
        int admitted = 0;
        for (int i = 0; i < inputs; i++) {
            RecordedSession.Frame original = corpus.get(random.nextInt(corpus.size()));
            String frame = mutator.mutate(original.text(), texts, random);
            ClientMessage message = decode(frame, seed, i);
            tally.count(message);
            if (message instanceof CommandMessage c) {
                CommandAdmission.Verdict v = admission.check(c, 1, original.role(), "m1");
                if (v.admitted()) { pending.add(v.command()); admitted++; }
                else assertReason(v.reason(), frame, seed, i);
            }
            if (i % INPUTS_PER_TICK == INPUTS_PER_TICK - 1 && !mission.ended()) {
                List<Command> batch = List.copyOf(pending);
                pending.clear();
                try { mission.step(batch); }
                catch (RuntimeException e) { throw new AssertionError("the mission failed to step after input " + i + " (seed " + seed + "): " + batch, e); }
                for (Ship s : mission.world().ships())
                    assertThat(Double.isFinite(s.motion.x) && Double.isFinite(s.motion.y))
                            .as("ship %d position after input %d (seed %d): %s", s.id(), i, seed, batch).isTrue();
            }
        }
        report("mutated recorded frames", inputs, seed, tally);
        System.out.printf("fuzz: mutated recorded frames: %d commands admitted and applied over tick %d%n", admitted, mission.world().tick());
        assertThat(tally.refused).isPositive();
        assertThat(admitted).isPositive();
    }

    /** The seed frames themselves are valid: the fuzzer mutates real traffic, not noise. */
    private void assertUnmutatedCorpusIsAdmitted(List<RecordedSession.Frame> corpus) {
        for (RecordedSession.Frame f : corpus) {
            ClientMessage m;
            try { m = codec.decode(f.text()); }
            catch (ProtocolException e) { throw new AssertionError("recorded frame refused: " + e.reason() + ": " + f.text()); }
            if (m instanceof CommandMessage c)
                assertThat(admission.check(c, 1, f.role(), "m1").reason()).as(f.text()).isNull();
        }
    }

    /** @return the decoded message, or null when refused with a good reason; fails on anything else */
    private ClientMessage decode(String frame, long seed, int index) {
        try {
            ClientMessage m = codec.decode(frame);
            assertThat(m).as("decoded to null: %s", shorten(frame)).isNotNull();
            return m;
        } catch (ProtocolException e) {
            assertReason(e.reason(), frame, seed, index);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("input " + index + " (seed " + seed + ") escaped the decoder with " + e + ": " + shorten(frame), e);
        }
    }

    private static void assertReason(String reason, String frame, long seed, int index) {
        assertThat(reason).as("reason for input %d (seed %d): %s", index, seed, shorten(frame)).isNotBlank();
        assertThat(reason.length()).as("reason length for input %d (seed %d): %s", index, seed, shorten(reason)).isLessThanOrEqualTo(MAX_REASON);
    }

    private static String shorten(String s) {
        String t = s.length() <= 300 ? s : s.substring(0, 300) + "… (" + s.length() + " chars)";
        return t.replace("\n", "\\n");
    }

    private static void report(String what, int inputs, long seed, Tally t) {
        System.out.printf("fuzz: %s: %d inputs (seed %d): %d refused with a reason, %d decoded %s%n",
                what, inputs, seed, t.refused, t.decoded, t.byType);
    }

    /** Counts of what the decoder made of the inputs. */
    private static final class Tally {
        long refused, decoded;
        final Map<String, Integer> byType = new TreeMap<>();

        void count(ClientMessage m) {
            if (m == null) { refused++; return; }
            decoded++;
            byType.merge(m.getClass().getSimpleName(), 1, Integer::sum);
        }
    }
}
