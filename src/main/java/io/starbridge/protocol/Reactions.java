package io.starbridge.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.starbridge.protocol.ClientMessage.Reaction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a command's optional {@code react}: the station's own account of when its input happened,
 * relative to the events it displayed (docs/protocol.md §2.1). At most {@link #MAX_ENTRIES} entries of
 * {@code {"event": KIND, "tick": T, "ms": M}}: an event kind as the server sends it, its tick, and the
 * milliseconds from displaying it to the input, 0 to {@link #MAX_MS}.
 */
final class Reactions {
    static final int MAX_ENTRIES = 8;
    /** A reaction longer than ten minutes is not a reaction. */
    static final double MAX_MS = 600_000;
    private static final Pattern KIND = Pattern.compile("[A-Za-z]{1,40}");

    private Reactions() {}

    static List<Reaction> parse(JsonNode react, JsonFields f) throws ProtocolException {
        if (react == null || react.isNull()) return List.of();
        if (!react.isArray()) throw f.fail("'react' must be a list of {event, tick, ms}");
        if (react.size() > MAX_ENTRIES) throw f.fail("'react' has at most " + MAX_ENTRIES + " entries");
        List<Reaction> out = new ArrayList<>(react.size());
        for (JsonNode r : react) {
            if (!r.isObject() || r.size() != 3 || !r.path("event").isTextual() || !r.path("tick").isIntegralNumber()
                    || !r.path("ms").isNumber())
                throw f.fail("each 'react' entry is {\"event\": kind, \"tick\": whole number, \"ms\": number}");
            String event = r.get("event").textValue();
            if (!KIND.matcher(event).matches()) throw f.fail("'react' event must be an event kind (1–40 letters)");
            long tick = r.get("tick").asLong();
            double ms = r.get("ms").doubleValue();
            if (!r.get("tick").canConvertToLong() || tick < 0 || tick > ProtocolVersion.MAX_MAGNITUDE)
                throw f.fail("'react' tick must be a tick number ≥ 0");
            if (!Double.isFinite(ms) || ms < 0 || ms > MAX_MS)
                throw f.fail("'react' ms must be within [0, " + (long) MAX_MS + "]");
            out.add(new Reaction(event, tick, ms));
        }
        return List.copyOf(out);
    }
}
