package io.starbridge.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.starbridge.protocol.ProtocolCodec;
import io.starbridge.protocol.ProtocolException;

/** A request's optional JSON-object body, read field by field with a clear reason for a bad one (HTTP 400). */
final class JsonBody {
    /** The object, or null for an empty body (every field then takes its default). */
    private final JsonNode node;

    private JsonBody(JsonNode node) { this.node = node; }

    /** @throws ProtocolException for malformed JSON or a body that is not an object */
    static JsonBody of(ProtocolCodec codec, String body) throws ProtocolException {
        if (body == null || body.isBlank()) return new JsonBody(null);
        JsonNode node = codec.readTree(body);
        if (!node.isObject()) throw new ProtocolException("the body must be a JSON object");
        return new JsonBody(node);
    }

    private boolean has(String name) { return node != null && node.has(name); }

    String text(String name, String fallback) throws ProtocolException {
        if (!has(name)) return fallback;
        if (!node.get(name).isTextual()) throw new ProtocolException("'" + name + "' must be a string");
        return node.get(name).textValue();
    }

    Long wholeNumber(String name) throws ProtocolException {
        if (!has(name)) return null;
        JsonNode v = node.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) throw new ProtocolException("'" + name + "' must be a whole number");
        return v.longValue();
    }

    boolean flag(String name, boolean fallback) throws ProtocolException {
        if (!has(name)) return fallback;
        if (!node.get(name).isBoolean()) throw new ProtocolException("'" + name + "' must be true or false");
        return node.get(name).booleanValue();
    }
}
