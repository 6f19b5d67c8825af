package io.starbridge.scenario;

import io.starbridge.sim.event.SimEvent;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an event's components by name ({@code shipId}, {@code targetId}, {@code x} …), so a trigger or an
 * objective can name any event without code for each one. Events are records; the loader has checked
 * that the named one has the components its {@code when} narrows by.
 */
final class EventMatcher {
    /** The components that name the acting ship, in the order they are looked for. */
    private static final List<String> ACTING_SHIP = List.of("shipId", "observerId");
    /** The components that name the ship an event is done to, in the order they are looked for. */
    private static final List<String> TARGET_SHIP = List.of("targetId", "hostId");

    private EventMatcher() {}

    /** The record component of that name, or null if the event has none. */
    static RecordComponent component(Class<?> event, String name) {
        for (RecordComponent c : event.getRecordComponents()) if (c.getName().equals(name)) return c;
        return null;
    }

    /** The component a {@code ship:} matches: {@code shipId}, else {@code observerId}; null if the event has neither. */
    static String actingShip(Class<?> event) { return first(event, ACTING_SHIP); }

    /** The component a {@code target:} matches: {@code targetId}, else {@code hostId}; null if the event has neither. */
    static String targetShip(Class<?> event) { return first(event, TARGET_SHIP); }

    /** Whether the event has a position ({@code x} and {@code y}, metres) for {@code nearAim}. */
    static boolean hasPosition(Class<?> event) { return component(event, "x") != null && component(event, "y") != null; }

    /** The names of the event's boolean components, which a {@code flag:} may name. */
    static List<String> flags(Class<?> event) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : event.getRecordComponents()) if (c.getType() == boolean.class) out.add(c.getName());
        return out;
    }

    private static String first(Class<?> event, List<String> names) {
        for (String n : names) if (component(event, n) != null) return n;
        return null;
    }

    /** The value of a component the loader has checked the event has. */
    static Object read(SimEvent e, String name) {
        try {
            return component(e.getClass(), name).getAccessor().invoke(e);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot read " + name + " of " + e, ex);
        }
    }

    /** @param shipId the world id the trigger's ship has in this run, or -1 for any ship (a negative id of no ship matches none) */
    static boolean matches(SimEvent e, Class<? extends SimEvent> type, int shipId) {
        if (e.getClass() != type) return false;
        if (shipId == -1) return true;
        return ((Number) read(e, actingShip(type))).intValue() == shipId;
    }
}
