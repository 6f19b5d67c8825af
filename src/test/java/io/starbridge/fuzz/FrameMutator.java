package io.starbridge.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of real frames, the way a broken or hostile client would send them: bit flips,
 * truncation, duplication, field swaps, drops and additions, type changes, value extremes (NaN,
 * ±Infinity, 1e400, 2^63, huge digit strings), junk strings, deep nesting, oversized frames, and
 * splices of two frames. Deterministic for a given random state.
 */
public final class FrameMutator {
    /** Text that is not JSON in a tree: it is substituted after serialising ("@R0@" → the literal). */
    private static final String[] RAW_LITERALS = {
        "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e308", "-1.7976931348623157e308", "4.9e-324",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890123456789",
        "1" + "0".repeat(60), "0.0000000000000000000000000000000000000000001", "-0", "0", "-1", "1e12", "1000000000001",
        "2147483648", "-2147483649", "0x10", "01", "+1", ".5", "1.", "true", "null", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"",
    };
    private static final String[] JUNK_STRINGS = {
        "", " ", "\u0000", "\u0007\u001b[31m", "\ud800", "\udfff\ud800", "\u202e gnp.exe", "\n\r\t", "💥".repeat(50),
        "../../../../etc/passwd", "%2e%2e%2f", "<script>alert(1)</script>", "${jndi:ldap://x}", "'; DROP TABLE games;--",
        "HELM", "GAME_MASTER", "g1", "g0", "g-1", "g99999999999", "g" + "9".repeat(30), "x".repeat(4097), "é".repeat(3000),
    };
    private static final String[] FIELD_NAMES = {
        "msg", "seq", "type", "v", "gameId", "shipId", "role", "name", "crewCode", "personId", "token", "action", "text",
        "hull", "x", "y", "faction", "clientTimeMs", "throttle", "heading", "targetShipId", "subsystemId", "member",
        "origin", "__proto__", "constructor", "", "\u0000", "m".repeat(70),
    };
    private static final String[] MSG_TYPES = {"hello", "resume", "command", "gm", "ping", "leave", "welcome", "ack", "", "HELLO", "command "};

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** One to three mutations of a frame, picked by {@code random}. */
    public String mutate(String frame, List<String> others, SplittableRandom random) {
        String out = frame;
        int n = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
        for (int i = 0; i < n; i++) out = once(out, others, random);
        return out;
    }

    private String once(String frame, List<String> others, SplittableRandom random) {
        switch (random.nextInt(14)) {
            case 0: return flipBits(frame, random);
            case 1: return frame.substring(0, random.nextInt(frame.length() + 1));
            case 2: return duplicateSlice(frame, random);
            case 3: return splice(frame, others.get(random.nextInt(others.size())), random);
            case 4: return oversize(frame, random);
            default: return mutateTree(frame, random);
        }
    }

    private static String flipBits(String frame, SplittableRandom random) {
        byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) return frame;
        for (int i = 1 + random.nextInt(8); i > 0; i--) bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        return new String(bytes, StandardCharsets.UTF_8); // malformed sequences become U+FFFD, as a lenient decoder would
    }

    private static String duplicateSlice(String frame, SplittableRandom random) {
        int a = random.nextInt(frame.length() + 1), b = random.nextInt(frame.length() + 1);
        int from = Math.min(a, b), to = Math.max(a, b);
        String slice = frame.substring(from, to);
        StringBuilder sb = new StringBuilder(frame.substring(0, to));
        for (int i = 1 + random.nextInt(random.nextInt(20) == 0 ? 500 : 3); i > 0; i--) sb.append(slice);
        return sb.append(frame.substring(to)).toString();
    }

    private static String splice(String a, String b, SplittableRandom random) {
        return a.substring(0, random.nextInt(a.length() + 1)) + b.substring(random.nextInt(b.length() + 1));
    }

    private static String oversize(String frame, SplittableRandom random) {
        int[] sizes = {4095, 4096, 4097, 16 * 1024 - 40, 16 * 1024 + 1, 70_000};
        int size = sizes[random.nextInt(sizes.length)];
        if (frame.isEmpty()) return "\"" + "x".repeat(size) + "\"";
        int cut = Math.max(1, frame.lastIndexOf('}'));
        return frame.substring(0, cut) + ",\"pad\":\"" + "x".repeat(size) + "\"" + frame.substring(cut);
    }

    /** Parses the frame (if it still parses) and changes one field; else flips bits. */
    private String mutateTree(String frame, SplittableRandom random) {
        JsonNode root;
        try { root = json.readTree(frame); }
        catch (Exception e) { return flipBits(frame, random); }
        if (!(root instanceof ObjectNode obj) || obj.isEmpty()) return flipBits(frame, random);
        List<String> names = new ArrayList<>();
        obj.fieldNames().forEachRemaining(names::add);
        String field = names.get(random.nextInt(names.size()));
        List<String> raws = new ArrayList<>();
        switch (random.nextInt(9)) {
            case 0 -> { // swap two fields' values
                String other = names.get(random.nextInt(names.size()));
                JsonNode v = obj.get(field);
                obj.set(field, obj.get(other));
                obj.set(other, v);
            }
            case 1 -> obj.remove(field);
            case 2 -> obj.set(FIELD_NAMES[random.nextInt(FIELD_NAMES.length)], hostileValue(random, raws));
            case 3, 4 -> obj.set(field, hostileValue(random, raws));
            case 5 -> { // the same key twice
                String text = serialise(obj, raws);
                return text.substring(0, text.length() - 1) + ",\"" + field + "\":" + serialise(obj.get(field), raws) + "}";
            }
            case 6 -> obj.put("msg", MSG_TYPES[random.nextInt(MSG_TYPES.length)]);
            case 7 -> obj.set(field, nest(obj.get(field), 1 + random.nextInt(random.nextInt(4) == 0 ? 60 : 8), random));
            default -> obj.put(field, JUNK_STRINGS[random.nextInt(JUNK_STRINGS.length)]);
        }
        return serialise(obj, raws);
    }

    /** A value of a random JSON type, often an extreme written as a raw literal. */
    private JsonNode hostileValue(SplittableRandom random, List<String> raws) {
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> raw(RAW_LITERALS[random.nextInt(RAW_LITERALS.length)], raws);
            case 3 -> nodes.textNode(JUNK_STRINGS[random.nextInt(JUNK_STRINGS.length)]);
            case 4 -> nodes.booleanNode(random.nextBoolean());
            case 5 -> nodes.nullNode();
            case 6 -> nodes.arrayNode().add(random.nextDouble()).add("x");
            default -> nodes.objectNode().put("msg", "ping").put("clientTimeMs", 1);
        };
    }

    private JsonNode raw(String literal, List<String> raws) {
        raws.add(literal);
        return nodes.textNode("@R" + (raws.size() - 1) + "@");
    }

    private JsonNode nest(JsonNode inner, int depth, SplittableRandom random) {
        JsonNode v = inner == null ? nodes.nullNode() : inner;
        for (int i = 0; i < depth; i++) {
            if (random.nextBoolean()) { ArrayNode a = nodes.arrayNode(); a.add(v); v = a; }
            else { ObjectNode o = nodes.objectNode(); o.set("a", v); v = o; }
        }
        return v;
    }

    private String serialise(JsonNode node, List<String> raws) {
        String text;
        try { text = json.writeValueAsString(node); }
        catch (Exception e) { throw new IllegalStateException(e); }
        for (int i = 0; i < raws.size(); i++) text = text.replace("\"@R" + i + "@\"", raws.get(i));
        return text;
    }

    /** Random bytes, often biased to JSON punctuation so some get past the first character. */
    public static String randomBytes(SplittableRandom random) {
        int length = random.nextInt(10) == 0 ? random.nextInt(20_000) : random.nextInt(200);
        byte[] bytes = new byte[length];
        boolean jsonish = random.nextBoolean();
        byte[] alphabet = "{}[]\":,0123456789.eE+-truefalsnmsgcomandpi \\u".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < length; i++)
            bytes[i] = jsonish ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
        return new String(bytes, random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }
}
