package io.starbridge.scenario;

import io.starbridge.sim.event.SimEvent;
import java.lang.reflect.RecordComponent;

/**
 * Reads an event's {@code shipId} by its record component, so a trigger can name any event without
 * code for each one. Events are records; the loader has checked that the named one has the component.
 */
final class EventMatcher {
    private EventMatcher() {}

    /** The record component of that name, or null if the event has none. */
    static RecordComponent component(Class<?> event, String name) {
        for (RecordComponent c : event.getRecordComponents()) if (c.getName().equals(name)) return c;
        return null;
    }

    /** @param shipId the world id the trigger's ship has in this run, or -1 for any ship */
    static boolean matches(SimEvent e, Class<? extends SimEvent> type, int shipId) {
        if (e.getClass() != type) return false;
        if (shipId < 0) return true;
        try {
            return ((Number) component(type, "shipId").getAccessor().invoke(e)).intValue() == shipId;
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot read shipId of " + e, ex);
        }
    }
}
