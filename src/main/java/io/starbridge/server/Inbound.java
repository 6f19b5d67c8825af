package io.starbridge.server;

import io.starbridge.protocol.ClientMessage.GmAction;
import io.starbridge.sim.command.Command;

/** What socket threads hand to a game's tick thread. */
sealed interface Inbound {
    /** A socket took (or took back) a seat: send it a welcome with a full view. */
    record Join(StationSession session, Seat seat) implements Inbound {}

    /** A socket closed, left, or was replaced by a resume: stop serving it. */
    record Detach(StationSession session) implements Inbound {}

    /** A checked ship command, with the station's own reaction reports (docs/protocol.md §2.1 {@code react}). */
    record CommandIn(StationSession session, Seat seat, long seq, Command command,
                     java.util.List<io.starbridge.protocol.ClientMessage.Reaction> reactions) implements Inbound {
        CommandIn(StationSession session, Seat seat, long seq, Command command) {
            this(session, seat, seq, command, java.util.List.of());
        }
    }

    /** A read of the world to run on the tick thread. */
    record Probe(Runnable read) implements Inbound {}

    /** A game-master action. */
    record GmIn(StationSession session, Seat seat, GmAction action) implements Inbound {}
}
