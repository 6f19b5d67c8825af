package io.starbridge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SendMessage;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.CommsMessage;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Beat 6: "Comms between the team and the ship run through suit microphones." A message on the suit
 * channel is an event only: it is heard, it changes nothing.
 */
class SuitCommsTest {

    @Test
    void a_message_from_comms_is_heard_with_its_text_trimmed_and_changes_no_state() {
        BoardingScene received = new BoardingScene(), twin = new BoardingScene();
        received.send(received.vigil.id(), Role.COMMS, "m7", o -> new SendMessage(o, "suit", "  Report status  "));
        received.sim.tick();
        twin.sim.tick();

        assertThat(received.sim.events(CommandRejected.class)).isEmpty();
        assertThat(received.sim.events(CommsMessage.class)).singleElement().isEqualTo(
                new CommsMessage(received.sim.tickNow(), received.vigil.id(), "suit", "COMMS", "m7", "Report status"));
        assertThat(received.sim.world().stateHash()).isEqualTo(twin.sim.world().stateHash());
    }

    @Test
    void the_away_team_speaks_as_the_away_team_while_a_member_is_alive() {
        BoardingScene s = new BoardingScene();
        s.away(o -> new SendMessage(o, "suit", "At the airlock, two of us"));
        s.sim.tick();
        assertThat(s.sim.events(CommsMessage.class)).singleElement().satisfies(m -> {
            assertThat(m.fromRole()).isEqualTo("AWAY_TEAM");
            assertThat(m.fromMember()).isEqualTo("away");
            assertThat(m.text()).isEqualTo("At the airlock, two of us");
        });
    }

    @Test
    void a_message_of_exactly_two_hundred_characters_is_heard() {
        BoardingScene s = new BoardingScene();
        s.send(s.vigil.id(), Role.CAPTAIN, "captain", o -> new SendMessage(o, "suit", "x".repeat(200)));
        s.sim.tick();
        assertThat(s.sim.events(CommsMessage.class)).singleElement().extracting(CommsMessage::text).isEqualTo("x".repeat(200));
    }

    /** A bad message: who sends it, on which channel, what text, and a word the reason must contain. */
    record Bad(String name, Role role, String channel, String text, String reasonSays) {
        @Override public String toString() { return name; }
    }

    static Stream<Bad> badMessages() {
        return Stream.of(
                new Bad("201 characters", Role.COMMS, "suit", "x".repeat(201), "at most 200"),
                new Bad("an empty text", Role.COMMS, "suit", "", "empty"),
                new Bad("only blanks", Role.COMMS, "suit", "   ", "empty"),
                new Bad("no text at all", Role.COMMS, "suit", null, "required"),
                new Bad("a bell character", Role.COMMS, "suit", "ring\u0007", "control"),
                new Bad("a line break inside", Role.COMMS, "suit", "two\nlines", "control"),
                new Bad("a unicode line separator", Role.COMMS, "suit", "two\u2028lines", "line breaks"),
                new Bad("helm may not speak on the suit channel", Role.HELM, "suit", "hello", "may not send"),
                new Bad("the observer may not speak", Role.OBSERVER, "suit", "hello", "may not send"),
                new Bad("the ship-to-ship channel does not exist yet", Role.COMMS, "ship", "Vigil calling", "no channel 'ship'"),
                new Bad("no channel", Role.COMMS, null, "hello", "channel is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMessages")
    void a_bad_message_is_rejected_with_a_reason_and_changes_nothing(Bad bad) {
        BoardingScene received = new BoardingScene(), twin = new BoardingScene();
        received.send(received.vigil.id(), bad.role(), "m1", o -> new SendMessage(o, bad.channel(), bad.text()));
        List<SimEvent> withMessage = received.sim.tick(), without = twin.sim.tick();

        assertThat(withMessage).filteredOn(CommandRejected.class::isInstance).map(CommandRejected.class::cast)
                .singleElement().satisfies(r -> {
                    assertThat(r.commandType()).isEqualTo("SendMessage");
                    assertThat(r.reason()).contains(bad.reasonSays());
                });
        assertThat(withMessage).filteredOn(e -> !(e instanceof CommandRejected)).isEqualTo(without);
        assertThat(received.sim.world().stateHash()).isEqualTo(twin.sim.world().stateHash());
    }

    @Test
    void an_away_team_with_nobody_in_a_suit_cannot_speak() {
        SimHarness sim = SimHarness.seeded(3);
        Ship vigil = sim.spawn(HullCatalog.CORVETTE, SimHarness.PLAYERS, 0, 0, 0);
        sim.station(vigil, Role.AWAY_TEAM).send(o -> new SendMessage(o, "suit", "Anyone there?"));
        sim.tick();
        assertThat(sim.events(CommsMessage.class)).isEmpty();
        assertThat(sim.events(CommandRejected.class)).singleElement()
                .extracting(CommandRejected::reason).asString().contains("no member of the away team");
        // the ship's side of the radio still transmits
        sim.station(vigil, Role.COMMS).send(o -> new SendMessage(o, "suit", "Vigil to away team"));
        sim.tick();
        assertThat(sim.events(CommsMessage.class)).singleElement().extracting(CommsMessage::text).isEqualTo("Vigil to away team");
    }
}
