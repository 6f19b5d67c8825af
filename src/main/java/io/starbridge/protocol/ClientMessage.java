package io.starbridge.protocol;

import io.starbridge.sim.command.Role;
import java.util.Map;

/** Everything a station may send (docs/protocol.md §2). All values are already validated. */
public sealed interface ClientMessage {
    /** Take a seat. {@code crewCode} is "" when omitted. */
    record Hello(int v, String gameId, int shipId, Role role, String name, String crewCode, String personId)
            implements ClientMessage {
        /** Without a person id: the seat is its own person. */
        public Hello(int v, String gameId, int shipId, Role role, String name, String crewCode) {
            this(v, gameId, shipId, role, name, crewCode, null);
        }
    }

    /** Take back a held seat. */
    record Resume(int v, String token) implements ClientMessage {}

    /**
     * A ship command: its type and own fields (values are Long, Double, Boolean or String), for
     * {@code CommandCodec.decode} with an origin from the session.
     */
    record CommandMessage(long seq, String type, Map<String, Object> fields, java.util.List<Reaction> reactions)
            implements ClientMessage {
        public CommandMessage(long seq, String type, Map<String, Object> fields) {
            this(seq, type, fields, java.util.List.of());
        }
    }

    /**
     * What a station says about the input behind a command (docs/protocol.md §2.1, {@code react}): it
     * displayed the event {@code event} of server tick {@code tick}, and the input came {@code ms}
     * milliseconds after that, on the station's own clock.
     */
    record Reaction(String event, long tick, double ms) {}

    /** Game-master action; fields that the action does not use are null / 0. */
    record GmAction(long seq, String action, String text, String hull, double x, double y, int faction, String name)
            implements ClientMessage {}

    record Ping(double clientTimeMs) implements ClientMessage {}

    record Leave() implements ClientMessage {}
}
