package io.starbridge.drill;

import io.starbridge.sim.event.SimEvent;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of event in a drill file: the event's simple record name ({@code JumpCompleted}), the ship it
 * is about (its {@code shipId} component) and optional equalities on its other components
 * ({@code "where": {"released": true}}). Matching reads record components by reflection so that a
 * drill file can name any event without code for each one.
 *
 * @param where component name → wanted value (Boolean, String or Long), in file order
 */
public record EventMatch(Class<? extends SimEvent> event, ShipRole ship, Map<String, Object> where) {
    public EventMatch {
        where = Map.copyOf(where);
    }

    /** @param shipId the id the {@link #ship} role stands for in this run */
    public boolean matches(SimEvent e, int shipId) {
        if (e.getClass() != event) return false;
        if (((Number) component(e, "shipId")).intValue() != shipId) return false;
        for (var w : where.entrySet()) {
            Object actual = component(e, w.getKey());
            // numbers compare by value whatever their boxed type (int tick fields, long in the file)
            if (actual instanceof Number n && w.getValue() instanceof Number m) {
                if (n.longValue() != m.longValue()) return false;
            } else if (!Objects.equals(actual, w.getValue())) return false;
        }
        return true;
    }

    /** The record component of that name, or null if the event has none (the loader checks names first). */
    static RecordComponent componentNamed(Class<?> event, String name) {
        for (RecordComponent c : event.getRecordComponents()) if (c.getName().equals(name)) return c;
        return null;
    }

    private static Object component(SimEvent e, String name) {
        try {
            return componentNamed(e.getClass(), name).getAccessor().invoke(e);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot read " + name + " of " + e, ex);
        }
    }
}
