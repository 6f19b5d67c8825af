package io.starbridge.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Typed, distrustful reads of one message's fields. Every failure names the message type and
 * the field, so the station sees exactly what was wrong.
 */
final class JsonFields {
    private final String type;
    private final ObjectNode node;
    private Long seq;

    JsonFields(String type, ObjectNode node) {
        this.type = type;
        this.node = node;
    }

    String type() { return type; }

    /** Reads {@code seq} (≥ 1); later failures of this message then carry it. */
    long seq() throws ProtocolException {
        long s = requiredLong("seq");
        if (s < 1) throw fail("'seq' must be a whole number ≥ 1");
        seq = s;
        return s;
    }

    ProtocolException fail(String reason) { return new ProtocolException(type + ": " + reason, seq); }

    boolean has(String name) { return node.has(name) && !node.get(name).isNull(); }

    /** A field's raw JSON (for structured fields such as a command's {@code react}), or null. */
    JsonNode raw(String name) { return node.get(name); }

    /** Rejects any field outside the allowed set (besides {@code msg}). */
    void onlyFields(Set<String> allowed) throws ProtocolException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("msg") && !allowed.contains(name)) throw fail("unknown field '" + name + "'");
        }
    }

    String requiredString(String name) throws ProtocolException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) throw fail("needs field '" + name + "'");
        if (!v.isTextual()) throw fail("'" + name + "' must be a string");
        return v.textValue();
    }

    String optionalString(String name, String fallback) throws ProtocolException {
        return has(name) ? requiredString(name) : fallback;
    }

    long requiredLong(String name) throws ProtocolException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) throw fail("needs field '" + name + "'");
        if (!v.isIntegralNumber() || !v.canConvertToLong()) throw fail("'" + name + "' must be a whole number");
        long l = v.longValue();
        if (Math.abs((double) l) > ProtocolVersion.MAX_MAGNITUDE) throw fail("'" + name + "' must be within ±1e12");
        return l;
    }

    int requiredInt(String name) throws ProtocolException {
        long l = requiredLong(name);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) throw fail("'" + name + "' is out of range");
        return (int) l;
    }

    double requiredDouble(String name) throws ProtocolException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) throw fail("needs field '" + name + "'");
        return finite(name, v);
    }

    double optionalDouble(String name, double fallback) throws ProtocolException {
        return has(name) ? requiredDouble(name) : fallback;
    }

    /** Every field but {@code msg} and the named envelope fields, as plain Java values. */
    Map<String, Object> rest(Set<String> envelope) throws ProtocolException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("msg") || envelope.contains(e.getKey())) continue;
            out.put(e.getKey(), plain(e.getKey(), e.getValue()));
        }
        return out;
    }

    private Object plain(String name, JsonNode v) throws ProtocolException {
        if (v.isNull()) return null;
        if (v.isBoolean()) return v.booleanValue();
        if (v.isTextual()) return v.textValue();
        if (v.isIntegralNumber()) {
            if (!v.canConvertToLong() || Math.abs((double) v.longValue()) > ProtocolVersion.MAX_MAGNITUDE)
                throw fail("'" + name + "' must be a finite number within ±1e12");
            return v.longValue();
        }
        if (v.isNumber()) return finite(name, v);
        throw fail("'" + name + "' must be a number, string or boolean");
    }

    private double finite(String name, JsonNode v) throws ProtocolException {
        if (!v.isNumber()) throw fail("'" + name + "' must be a number");
        double d = v.doubleValue();
        if (!Double.isFinite(d) || Math.abs(d) > ProtocolVersion.MAX_MAGNITUDE)
            throw fail("'" + name + "' must be a finite number within ±1e12");
        return d;
    }
}
