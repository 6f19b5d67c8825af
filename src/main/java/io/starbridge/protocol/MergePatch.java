package io.starbridge.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * JSON Merge Patch (RFC 7396) between two views: what turns {@code from} into {@code to}.
 * Nested maps are diffed key by key; other values (numbers, strings, lists) are replaced whole;
 * a removed key becomes {@code null}. Views must not hold null values.
 */
public final class MergePatch {
    private MergePatch() {}

    /**
     * Applies a received patch to a client's copy of its view, in place (what a station does with
     * each {@code delta}; the {@code msg} key is the envelope, not view).
     */
    public static void apply(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) patch::fields) {
            if (e.getKey().equals("msg")) continue;
            JsonNode v = e.getValue();
            if (v.isNull()) target.remove(e.getKey());
            else if (v.isObject()) {
                JsonNode t = target.get(e.getKey());
                if (!(t instanceof ObjectNode)) t = target.putObject(e.getKey());
                apply((ObjectNode) t, v);
            } else target.set(e.getKey(), v);
        }
    }

    /**
     * @return the patch, a new modifiable map (insertion order: {@code to}'s keys, then removals); an
     *         unmodifiable empty map when the views are equal — most nested sections of a 20 Hz delta
     *         are unchanged, and a map allocated for each of them was the server's largest garbage site
     */
    public static Map<String, Object> diff(Map<String, Object> from, Map<String, Object> to) {
        Map<String, Object> patch = null;
        for (Map.Entry<String, Object> e : to.entrySet()) {
            Object before = from.get(e.getKey());
            Object after = e.getValue();
            if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
                if (b == a) continue; // the same section object (a cached view part): nothing changed
                Map<String, Object> sub = diff(cast(b), cast(a));
                if (!sub.isEmpty()) (patch == null ? patch = new LinkedHashMap<>() : patch).put(e.getKey(), sub);
            } else if (!Objects.equals(before, after)) {
                (patch == null ? patch = new LinkedHashMap<>() : patch).put(e.getKey(), after);
            }
        }
        for (String key : from.keySet()) if (!to.containsKey(key)) (patch == null ? patch = new LinkedHashMap<>() : patch).put(key, null);
        return patch == null ? Map.of() : patch;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) { return (Map<String, Object>) m; }
}
