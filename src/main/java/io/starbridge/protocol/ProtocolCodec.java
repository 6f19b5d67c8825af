package io.starbridge.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.starbridge.protocol.ServerMessage.Ack;
import io.starbridge.protocol.ServerMessage.Delta;
import io.starbridge.protocol.ServerMessage.Error;
import io.starbridge.protocol.ServerMessage.Event;
import io.starbridge.protocol.ServerMessage.Pong;
import io.starbridge.protocol.ServerMessage.Rejected;
import io.starbridge.protocol.ServerMessage.View;
import io.starbridge.protocol.ServerMessage.Welcome;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns JSON text into {@link ClientMessage}s and {@link ServerMessage}s into
 * JSON text. Thread-safe: socket threads decode, the tick thread encodes.
 */
public final class ProtocolCodec {
    /** Longest field name accepted, chars; the longest real one is 15 ("memberAtConsole"), and names are echoed in errors. */
    static final int MAX_FIELD_NAME_CHARS = 64;
    /** Longest reason sent back for a refused message, chars. */
    static final int MAX_REASON_CHARS = 300;

    private final ObjectMapper mapper;

    public ProtocolCodec() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(ProtocolVersion.MAX_DEPTH)
                        .maxNumberLength(ProtocolVersion.MAX_NUMBER_LENGTH)
                        .maxStringLength(ProtocolVersion.MAX_STRING)
                        .maxNameLength(MAX_FIELD_NAME_CHARS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Client message type names, sorted. */
    public static List<String> clientTypes() { return List.copyOf(MessageTypes.READERS.keySet()); }

    /** Server message type names. */
    public static List<String> serverTypes() { return MessageTypes.SERVER_TYPES; }

    /**
     * Reads one text frame.
     * @throws ProtocolException with the reason to send back; nothing has happened yet
     */
    public ClientMessage decode(String text) throws ProtocolException {
        int bytes = text.length() > ProtocolVersion.MAX_FRAME_BYTES ? text.length() : utf8Length(text);
        if (bytes > ProtocolVersion.MAX_FRAME_BYTES)
            throw new ProtocolException("message too large: " + bytes + " bytes (limit " + ProtocolVersion.MAX_FRAME_BYTES + ")");
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProtocolException("malformed JSON: " + shorten(e.getOriginalMessage()));
        }
        if (!(root instanceof ObjectNode obj) || !obj.path("msg").isTextual())
            throw new ProtocolException("a message must be a JSON object with a string 'msg'");
        String type = obj.get("msg").textValue();
        MessageTypes.Reader reader = MessageTypes.READERS.get(type);
        if (reader == null)
            throw new ProtocolException("unknown message type '" + shorten(type) + "'; known: " + clientTypes());
        try {
            return reader.read(new JsonFields(type, obj));
        } catch (ProtocolException e) {
            // a reason may quote a field's value: never echo a hostile one in full
            if (e.reason().length() <= MAX_REASON_CHARS) throw e;
            throw new ProtocolException(e.reason().substring(0, MAX_REASON_CHARS) + "…", e.seq());
        }
    }

    /** Writes one server message as a JSON text frame. */
    public String encode(ServerMessage message) {
        try {
            return mapper.writeValueAsString(fields(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + message.getClass().getSimpleName(), e);
        }
    }

    /** Plain JSON of any map (HTTP answers). */
    public String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode", e);
        }
    }

    /** Parses a small trusted-shape JSON body (HTTP requests) into a tree. */
    public JsonNode readTree(String text) throws ProtocolException {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProtocolException("malformed JSON: " + shorten(e.getOriginalMessage()));
        }
    }

    private static Map<String, Object> fields(ServerMessage message) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (message instanceof Welcome w) {
            m.put("msg", "welcome");
            m.put("v", ProtocolVersion.CURRENT);
            m.put("token", w.token());
            m.put("gameId", w.gameId());
            Map<String, Object> you = new LinkedHashMap<>();
            you.put("shipId", w.shipId());
            you.put("role", w.role());
            you.put("memberId", w.memberId());
            you.put("name", w.name());
            m.put("you", you);
            m.put("tick", w.tick());
            m.put("tickHz", 60);
            m.put("viewHz", 20);
            m.put("serverTimeMs", w.serverTimeMs());
            m.put("commands", w.commands());
            m.put("view", w.view());
        } else if (message instanceof View v) {
            m.put("msg", "view");
            m.putAll(v.view());
        } else if (message instanceof Delta d) {
            m.put("msg", "delta");
            m.putAll(d.patch());
        } else if (message instanceof Ack a) {
            m.put("msg", "ack");
            m.put("seq", a.seq());
            m.put("tick", a.tick());
        } else if (message instanceof Rejected r) {
            m.put("msg", "rejected");
            m.put("seq", r.seq());
            m.put("reason", r.reason());
            if (r.tick() >= 0) m.put("tick", r.tick());
        } else if (message instanceof Event e) {
            m.put("msg", "event");
            m.put("tick", e.tick());
            m.put("kind", e.kind());
            m.putAll(e.fields());
        } else if (message instanceof Pong p) {
            m.put("msg", "pong");
            m.put("clientTimeMs", p.clientTimeMs());
            m.put("serverTimeMs", p.serverTimeMs());
            m.put("tick", p.tick());
        } else if (message instanceof Error e) {
            m.put("msg", "error");
            m.put("reason", e.reason());
        }
        return m;
    }

    private static String shorten(String s) {
        if (s == null) return "";
        s = s.replaceAll("\\s+", " ");
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }

    /** UTF-8 length of a string without encoding it (the bytes a frame of it takes). */
    public static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) { n += 4; i++; }
            else n += 3;
        }
        return n;
    }

    /** Exposed for tests: the frame size this codec would count. */
    static int utf8Bytes(String s) { return s.getBytes(StandardCharsets.UTF_8).length; }
}
