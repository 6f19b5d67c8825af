package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Reconnect under faults (docs/RELIABILITY.md): a bot crew plays through six WebSocket stations whose
 * connections are cut, truncated, stalled and slowed at random; nothing is lost or applied twice and the
 * game ends with the hash of the same seed played headless without faults.
 * <p>
 * The long version: {@code mvn -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ReconnectSoakIntegrationTest -Dsoak.drops=1000} (scenario {@code -Dsoak.scenario}, default
 * last-of-its-kind; {@code -Dsoak.seed}, {@code -Dsoak.faultSeed}).
 */
final class ReconnectSoakIntegrationTest {

    @Test
    void a_bot_crew_flies_strike_through_150_dropped_connections_and_ends_with_the_headless_hash() throws Exception {
        SoakRun.Figures f = new SoakRun("strike", 7, 150, Long.getLong("soak.faultSeed", 2026)).run();
        report(f);
        assertThat(f.dropsInjected()).as("connections cut").isGreaterThanOrEqualTo(150);
        assertSound(f);
    }

    @Test
    @EnabledIfSystemProperty(named = "soak.drops", matches = "\\d+")
    void a_bot_crew_flies_a_whole_mission_through_the_requested_drops_and_ends_with_the_headless_hash() throws Exception {
        int drops = Integer.getInteger("soak.drops");
        SoakRun.Figures f = new SoakRun(System.getProperty("soak.scenario", "last-of-its-kind"),
                Long.getLong("soak.seed", 7), drops, Long.getLong("soak.faultSeed", 1)).run();
        report(f);
        assertThat(f.dropsInjected()).as("connections cut").isGreaterThanOrEqualTo(drops);
        assertSound(f);
    }

    private static void assertSound(SoakRun.Figures f) {
        assertThat(f.problems()).as("protocol problems").isEmpty();
        assertThat(f.stateHash()).as("final state hash vs the headless run").isEqualTo(f.headlessHash());
        assertThat(f.outcome()).isEqualTo(f.headlessOutcome());
        assertThat(f.commandsLost()).as("commands lost").isZero();
        assertThat(f.appliedTwice()).as("commands applied twice").isZero();
        assertThat(f.journaled()).as("journal entries").isEqualTo(f.commands());
        assertThat(f.ackedNotJournaledOnce()).as("acknowledged commands not journaled exactly once in their tick").isZero();
        assertThat(f.resumes()).as("resumes").isGreaterThan(0);
        assertThat(f.welcomesAtCurrentTick()).as("resumes whose full view had the current tick").isEqualTo(f.resumes());
        assertThat(f.resentCommands()).as("commands resent after a reconnect").isGreaterThan(0);
        assertThat(f.duplicatesSuppressed()).as("resent duplicates answered without applying them").isGreaterThan(0);
    }

    private static void report(SoakRun.Figures f) {
        System.out.println("SOAK " + f);
    }
}
