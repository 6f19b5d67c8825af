package io.starbridge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.command.AbortSelfDestruct;
import io.starbridge.sim.command.ConfirmSelfDestruct;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.MemberLost;
import io.starbridge.sim.event.SelfDestructAborted;
import io.starbridge.sim.event.SelfDestructArmed;
import io.starbridge.sim.event.SelfDestructDetonated;
import io.starbridge.sim.event.ShipHit;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.selfdestruct.SelfDestruct;
import io.starbridge.sim.selfdestruct.TwoPersonRule;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The two-person self-destruct. Property tests draw random confirmation sequences from a seeded
 * generator (the seed is in every failure message) and compare the simulation with a model of the rule.
 */
class SelfDestructTest {
    static final String[] PEOPLE = {"alice", "bob", "carol"};

    /** The scene plus a member on the mothership's bridge and a 60 s self-destruct with a 5 km blast. */
    static final class Armable {
        final BoardingScene s = new BoardingScene();
        final AwayMember onBridge;
        final SelfDestruct sd;

        Armable() {
            onBridge = s.sim.world().interiors().addMember(s.vigil.id(), "Marsh", s.enemy.id(), "bridge", false);
            sd = s.sim.world().selfDestructs().install(s.enemy.id(), 60, 5_000, 2_500);
        }

        void confirm(String person, Role role) {
            s.send(s.vigil.id(), role, person, o -> new ConfirmSelfDestruct(o, s.enemy.id(), onBridge.id()));
        }

        void abort(String person) {
            s.send(s.vigil.id(), Role.AWAY_TEAM, person, o -> new AbortSelfDestruct(o, s.enemy.id(), onBridge.id()));
        }
    }

    /** Model: the tick of the first confirmation that completes a pair, or -1. */
    static long modelArmTick(List<long[]> sequence) {
        List<long[]> pending = new ArrayList<>();
        for (long[] c : sequence) {
            pending.removeIf(p -> c[0] - p[0] > TwoPersonRule.WINDOW_TICKS);
            for (long[] p : pending) if (p[1] != c[1]) return c[0];
            pending.removeIf(p -> p[1] == c[1]);
            pending.add(c);
        }
        return -1;
    }

    @RepeatedTest(40)
    void random_confirmations_arm_exactly_when_two_different_people_confirm_within_180_ticks(RepetitionInfo info) {
        long seed = 0xD15EA5EL * info.getCurrentRepetition();
        SplittableRandom random = new SplittableRandom(seed);
        Armable a = new Armable();
        int people = 1 + random.nextInt(PEOPLE.length);
        int maxGap = random.nextBoolean() ? 400 : 200;
        List<long[]> sequence = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            a.s.sim.tick(1 + random.nextInt(maxGap));
            int who = random.nextInt(people);
            // one person may come back through another station: the role never makes a second person
            a.confirm(PEOPLE[who], random.nextBoolean() ? Role.AWAY_TEAM : Role.CAPTAIN);
            a.s.sim.tick();
            if (a.sd.armed()) { sequence.add(new long[] {a.s.sim.tickNow(), who}); break; }
            sequence.add(new long[] {a.s.sim.tickNow(), who});
        }
        long expected = modelArmTick(sequence);
        List<SelfDestructArmed> armed = a.s.sim.events(SelfDestructArmed.class);
        assertThat(armed.isEmpty() ? -1 : armed.get(0).tick()).as("seed %d, sequence %s", seed, describe(sequence)).isEqualTo(expected);
        if (people == 1) assertThat(armed).as("seed %d: one person never arms", seed).isEmpty();
    }

    @RepeatedTest(20)
    void confirmations_more_than_180_ticks_apart_never_arm(RepetitionInfo info) {
        long seed = 0xBADCAFEL * info.getCurrentRepetition();
        SplittableRandom random = new SplittableRandom(seed);
        Armable a = new Armable();
        for (int i = 0; i < 5; i++) {
            a.confirm(PEOPLE[i % 2], Role.AWAY_TEAM);
            a.s.sim.tick(TwoPersonRule.WINDOW_TICKS + 1 + random.nextInt(300));
        }
        assertThat(a.sd.armed()).as("seed %d", seed).isFalse();
    }

    @Test
    void one_person_confirming_twice_in_the_same_tick_never_arms() {
        Armable a = new Armable();
        a.confirm("alice", Role.AWAY_TEAM);
        a.confirm("alice", Role.CAPTAIN);
        a.s.sim.tick(10);
        assertThat(a.sd.armed()).isFalse();
        a.confirm("bob", Role.AWAY_TEAM);
        a.s.sim.tick();
        assertThat(a.sd.armed()).isTrue();
        assertThat(a.sd.secondsLeft(a.s.sim.tickNow())).isEqualTo(60.0);
    }

    @Test
    void abort_needs_two_different_people_too() {
        Armable a = new Armable();
        a.confirm("alice", Role.AWAY_TEAM);
        a.confirm("bob", Role.AWAY_TEAM);
        a.s.sim.tick();
        a.abort("alice");
        a.s.sim.tick(30);
        a.abort("alice");
        a.s.sim.tick(30);
        assertThat(a.sd.armed()).as("one person cannot abort").isTrue();
        a.abort("carol");
        a.s.sim.tick();
        assertThat(a.sd.armed()).isFalse();
        assertThat(a.s.sim.events(SelfDestructAborted.class)).hasSize(1);
    }

    @Test
    void a_hand_on_the_console_needs_a_member_standing_on_that_bridge() {
        Armable a = new Armable();
        a.s.send(a.s.vigil.id(), Role.AWAY_TEAM, "alice", o -> new ConfirmSelfDestruct(o, a.s.enemy.id(), a.s.first.id()));
        a.s.sim.tick();
        assertThat(a.s.sim.events(CommandRejected.class)).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("is not on the bridge"));
    }

    @Test
    void at_zero_the_ship_blows_up_with_everyone_aboard_and_the_blast_hits_ships_nearby() {
        Armable a = new Armable();
        a.confirm("alice", Role.AWAY_TEAM);
        a.confirm("bob", Role.CAPTAIN);
        a.s.sim.tick();
        a.s.vigil.motion.x = -10_000; // Vigil got clear; a frigate 4.4 km from the blast did not
        var frigate = a.s.sim.spawn(io.starbridge.sim.ship.HullCatalog.FRIGATE, SimHarness.PLAYERS, 1_000, 4_500, 0);
        SelfDestructDetonated blast = a.s.sim.awaitEvent(SelfDestructDetonated.class, 61);
        assertThat(blast.tick()).isEqualTo(a.sd.countdownTicks() + a.s.sim.events(SelfDestructArmed.class).get(0).tick());
        assertThat(a.s.enemy.destroyed()).isTrue();
        assertThat(a.s.sim.events(MemberLost.class)).singleElement()
                .satisfies(l -> assertThat(l.memberId()).isEqualTo(a.onBridge.id()));
        assertThat(a.onBridge.alive()).isFalse();
        assertThat(a.s.first.alive()).as("aboard Vigil").isTrue();
        assertThat(a.s.sim.events(ShipHit.class)).singleElement().satisfies(h -> {
            assertThat(h.targetId()).isEqualTo(frigate.id());
            // 2,500 × (1 − 4,440 / 5,000)
            assertThat(h.hullDamage()).isCloseTo(280, org.assertj.core.data.Offset.offset(1.0));
        });
        assertThat(a.s.vigil.destroyed()).isFalse();
    }

    private static String describe(List<long[]> sequence) {
        StringBuilder b = new StringBuilder();
        for (long[] c : sequence) b.append(PEOPLE[(int) c[1]]).append('@').append(c[0]).append(' ');
        return b.toString();
    }
}
