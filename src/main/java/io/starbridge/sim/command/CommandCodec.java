package io.starbridge.sim.command;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts commands to and from plain field maps ({@code type}, {@code shipId}, {@code role},
 * {@code member}, {@code seq}, then the command's own fields by name), the shape that journals and
 * the wire protocol write as JSON. Decoding never trusts its input: unknown types, missing or
 * extra fields and wrong value types are rejected with a reason.
 */
public final class CommandCodec {
    private static final Map<String, Class<?>> TYPES = new TreeMap<>();

    static {
        for (Class<?> type : Command.class.getPermittedSubclasses()) TYPES.put(type.getSimpleName(), type);
    }

    private CommandCodec() {}

    /** Names of every command type, sorted. */
    public static List<String> typeNames() { return List.copyOf(TYPES.keySet()); }

    public static Map<String, Object> encode(Command command) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", command.getClass().getSimpleName());
        CommandOrigin o = command.origin();
        out.put("shipId", o.shipId());
        out.put("role", o.role().name());
        out.put("member", o.memberId());
        out.put("seq", o.seq());
        try {
            for (RecordComponent rc : command.getClass().getRecordComponents()) {
                if (rc.getName().equals("origin")) continue;
                out.put(rc.getName(), rc.getAccessor().invoke(command));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot encode " + command, e);
        }
        return out;
    }

    /**
     * Decodes the command's own fields; the origin is given by the caller (a server takes it from
     * the session, never from the client).
     * @throws IllegalArgumentException with a readable reason
     */
    public static Command decode(String type, Map<String, ?> fields, CommandOrigin origin) {
        Class<?> cls = TYPES.get(type);
        if (cls == null) throw new IllegalArgumentException("unknown command type '" + type + "'");
        RecordComponent[] rcs = cls.getRecordComponents();
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];

        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
            if (rcs[i].getName().equals("origin")) { args[i] = origin; continue; }

            String name = rcs[i].getName();
            if (!fields.containsKey(name)) {
                if (types[i] == String.class) { args[i] = null; continue; }
                throw new IllegalArgumentException(type + " needs field '" + name + "'");
            }
            args[i] = convert(type, name, fields.get(name), types[i]);
        }
        for (String key : fields.keySet())
            if (!key.equals("type") && !isComponent(rcs, key))
                throw new IllegalArgumentException(type + " has no field '" + key + "'");
        try {
            Constructor<?> ctor = cls.getDeclaredConstructor(types);
            return (Command) ctor.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalArgumentException(type + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    /** Decodes a full map as written by {@link #encode}, origin included (journals). */
    public static Command decodeWithOrigin(Map<String, ?> fields) {
        Object type = fields.get("type");
        if (!(type instanceof String)) throw new IllegalArgumentException("command needs a string 'type'");
        Object role = fields.get("role");
        Role r;
        try { r = Role.valueOf(String.valueOf(role)); }
        catch (IllegalArgumentException e) { throw new IllegalArgumentException("unknown role '" + role + "'"); }
        CommandOrigin origin = new CommandOrigin(
                (int) asLong("shipId", fields.get("shipId")), r, String.valueOf(fields.get("member")),
                asLong("seq", fields.get("seq")));
        Map<String, Object> own = new LinkedHashMap<>(fields);
        own.keySet().removeAll(List.of("shipId", "role", "member", "seq"));
        return decode((String) type, own, origin);
    }

    private static boolean isComponent(RecordComponent[] rcs, String name) {
        for (RecordComponent rc : rcs) if (rc.getName().equals(name) && !name.equals("origin")) return true;
        return false;
    }

    private static long asLong(String name, Object v) {
        if (v instanceof Number n && n.doubleValue() == n.longValue()) return n.longValue();
        throw new IllegalArgumentException("'" + name + "' must be a whole number");
    }

    private static Object convert(String type, String name, Object v, Class<?> target) {
        String where = type + "." + name;
        if (target == double.class) {
            if (v instanceof Number n) return n.doubleValue();
            // JSON has no NaN or infinities; writers spell them as strings. Decoded, they still fail
            // the command's own range check, so a journal can hold a rejected command faithfully.
            if ("NaN".equals(v)) return Double.NaN;
            if ("Infinity".equals(v)) return Double.POSITIVE_INFINITY;
            if ("-Infinity".equals(v)) return Double.NEGATIVE_INFINITY;
            throw new IllegalArgumentException(where + " must be a number");
        }
        if (target == int.class) {
            if (v instanceof Number n && n.doubleValue() == n.intValue()) return n.intValue();
            throw new IllegalArgumentException(where + " must be a whole number");
        }
        if (target == boolean.class) {
            if (v instanceof Boolean b) return b;
            throw new IllegalArgumentException(where + " must be true or false");
        }
        if (target == String.class) {
            if (v == null || v instanceof String) return v;
            throw new IllegalArgumentException(where + " must be a string");
        }
        throw new IllegalStateException("unsupported field type " + target);
    }
}
