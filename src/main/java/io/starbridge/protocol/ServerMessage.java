package io.starbridge.protocol;

import java.util.List;
import java.util.Map;

/** Everything the server sends (docs/protocol.md §3); encoded by {@link ProtocolCodec}. */
public sealed interface ServerMessage {
    record Welcome(String token, String gameId, int shipId, String role, String memberId, String name, long tick,
                   long serverTimeMs, List<String> commands, Map<String, Object> view) implements ServerMessage {}

    /** A full view; the client replaces its state. */
    record View(Map<String, Object> view) implements ServerMessage {}

    /** A merge patch of the view (it always holds {@code tick}). */
    record Delta(Map<String, Object> patch) implements ServerMessage {}

    record Ack(long seq, long tick) implements ServerMessage {}

    /** @param tick the tick the simulation refused it in, or -1 when refused on receipt */
    record Rejected(long seq, String reason, long tick) implements ServerMessage {}

    /** @param fields the event's own fields, already quantised */
    record Event(long tick, String kind, Map<String, Object> fields) implements ServerMessage {}

    record Pong(double clientTimeMs, long serverTimeMs, long tick) implements ServerMessage {}

    record Error(String reason) implements ServerMessage {}
}
