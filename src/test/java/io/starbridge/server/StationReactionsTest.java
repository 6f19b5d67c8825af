package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.protocol.ClientMessage.Reaction;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.event.JumpCompleted;
import io.starbridge.sim.event.SelfDestructConfirmed;
import java.util.List;
import org.junit.jupiter.api.Test;

class StationReactionsTest {
    @Test void the_first_report_of_each_role_to_a_cue_is_its_figure() {
        StationReactions r = new StationReactions();
        r.observe(List.of(new JumpCompleted(600, 1, 0, 0, 0)));
        r.report(1, Role.ENGINEERING, 615, List.of(new Reaction("JumpCompleted", 600, 190.4)));
        r.report(1, Role.ENGINEERING, 640, List.of(new Reaction("JumpCompleted", 600, 600)));
        r.report(1, Role.HELM, 650, List.of(new Reaction("JumpCompleted", 600, 790)));
        assertThat(r.figures(1)).containsExactly(
                java.util.Map.entry("engineeringReactionToJumpCompletedMs", 190L),
                java.util.Map.entry("helmReactionToJumpCompletedMs", 790L));
        assertThat(r.figures(2)).isEmpty();
    }

    @Test void a_report_of_an_event_that_did_not_happen_then_or_longer_than_possible_is_ignored() {
        StationReactions r = new StationReactions();
        r.observe(List.of(new JumpCompleted(600, 1, 0, 0, 0)));
        r.report(1, Role.ENGINEERING, 615, List.of(new Reaction("JumpCompleted", 601, 100)));   // wrong tick
        r.report(1, Role.ENGINEERING, 615, List.of(new Reaction("JumpCompleted", 600, 900)));   // 15 ticks = 250 ms (+250 slack)
        assertThat(r.figures(1)).isEmpty();
        assertThat(r.ignored()).isEqualTo(2);
    }

    @Test void events_that_are_not_cues_are_no_figures() {
        StationReactions r = new StationReactions();
        r.report(1, Role.SCIENCE, 100, List.of(new Reaction("ContactDetected", 90, 50)));
        assertThat(r.figures(1)).isEmpty();
        assertThat(r.ignored()).isZero();
    }

    @Test void figure_names_say_role_and_cue() {
        assertThat(StationReactions.figureName(Role.AWAY_TEAM, "SelfDestructConfirmed"))
                .isEqualTo("awayTeamReactionToSelfDestructConfirmedMs");
        StationReactions r = new StationReactions();
        r.observe(List.of(new SelfDestructConfirmed(5000, 2, "p-1", false)));
        r.report(1, Role.AWAY_TEAM, 5030, List.of(new Reaction("SelfDestructConfirmed", 5000, 420)));
        assertThat(r.figures(1)).containsEntry("awayTeamReactionToSelfDestructConfirmedMs", 420L);
    }
}
