package io.starbridge.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.protocol.ClientMessage.Hello;
import io.starbridge.sim.command.Role;
import io.starbridge.station.Permissions;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeatBookTest {
    private final Permissions permissions = new Permissions();

    @Test void a_seat_just_taken_survives_another_hello_before_its_socket_is_attached() {
        SeatBook book = new SeatBook(new SecureRandom(), true, 60_000, List.of(1));
        Seat helm = book.take(new Hello(1, "g1", 1, Role.HELM, "Ann", ""), true, permissions, 1_000);
        // a second station's hello runs expire() before the first one's attach: the first seat must stay
        book.take(new Hello(1, "g1", 1, Role.ENGINEERING, "Bo", ""), true, permissions, 1_005);
        assertThat(book.hasToken(helm.token)).isTrue();
        assertThat(book.taken(1_010)).extracting(SeatBook.Taken::role).contains(Role.HELM, Role.ENGINEERING);
    }

    @Test void a_seat_never_attached_is_freed_once_its_hold_is_over() {
        SeatBook book = new SeatBook(new SecureRandom(), true, 60_000, List.of(1));
        Seat helm = book.take(new Hello(1, "g1", 1, Role.HELM, "Ann", ""), true, permissions, 1_000);
        book.take(new Hello(1, "g1", 1, Role.ENGINEERING, "Bo", ""), true, permissions, 62_000);
        assertThat(book.hasToken(helm.token)).isFalse();
    }
}
