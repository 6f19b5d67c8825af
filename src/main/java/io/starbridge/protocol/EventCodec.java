package io.starbridge.protocol;

import io.starbridge.protocol.ServerMessage.Event;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.station.Quantize;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Simulation events as {@code event} messages: {@code kind} is the record's simple name, the
 * fields are its components (docs/protocol.md §4.3), doubles quantised like views.
 */
public final class EventCodec {
    private static final Set<String> POSITIONS = Set.of("x", "y", "aimX", "aimY", "scatterMetres");

    private EventCodec() {}

    public static Event toMessage(SimEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        try {
            for (RecordComponent rc : event.getClass().getRecordComponents()) {
                String name = rc.getName();
                if (name.equals("tick")) continue;
                Object value = rc.getAccessor().invoke(event);
                if (value instanceof CommandOrigin) continue; // a sender's identity is not for other stations
                if (value instanceof Double d) value = POSITIONS.contains(name) ? Quantize.metres(d) : Quantize.fraction(d);
                if (value != null) fields.put(name, value);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot encode event " + event, e);
        }
        return new Event(event.tick(), event.getClass().getSimpleName(), fields);
    }

    /** A server-side event (pause, resume, game-master message). */
    public static Event serverEvent(long tick, String kind, Map<String, Object> fields) {
        return new Event(tick, kind, Map.copyOf(fields));
    }
}
