package io.starbridge.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed reads of the nodes of one file. Every read that fails records an error at the node's line and
 * column, saying what was expected, and returns null, so a loader goes on and reports every error.
 * Paths in messages ({@code ships[1].hull}) name the place the way the documentation does.
 */
public final class YamlReader {
    private final String file;
    private final FileErrors errors;

    public YamlReader(String file, FileErrors errors) {
        this.file = file;
        this.errors = errors;
    }

    public String file() { return file; }
    public FileErrors errors() { return errors; }

    /** Records an error at a node; returns null so callers can {@code return r.error(…)}. */
    public <T> T error(Node at, String message) {
        errors.at(file, at, message);
        return null;
    }

    /**
     * The entries of a mapping by key in file order. Reports a node that is not a mapping, a key that is
     * not a plain string, a key given twice, a key not in {@code required} or {@code optional} (listing
     * the expected ones) and a missing required key.
     *
     * @return the entries, or null if the node is not a mapping
     */
    public Map<String, Node> fields(Node node, String path, Set<String> required, Set<String> optional) {
        if (!(node instanceof MappingNode map)) return error(node, path + ": expected a mapping of keys, got " + describe(node));
        TreeSet<String> known = new TreeSet<>(required);
        known.addAll(optional);
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || !k.getTag().equals(Tag.STR)) {
                error(t.getKeyNode(), path + ": a key must be a plain name, got " + describe(t.getKeyNode()));
                continue;
            }
            String key = k.getValue();
            if (!known.contains(key)) error(k, path + ": unknown key '" + key + "' (expected one of " + known + ")");
            else if (out.containsKey(key)) error(k, path + ": key '" + key + "' given twice (expected it once)");
            else out.put(key, t.getValueNode());
        }
        for (String r : required)
            if (!out.containsKey(r)) error(node, path + ": missing key '" + r + "' (expected keys " + new TreeSet<>(required) + ")");
        return out;
    }

    /** The items of a sequence, or null (with an error) for anything else. */
    public List<Node> list(Node node, String path) {
        if (!(node instanceof SequenceNode seq)) return error(node, path + ": expected a list, got " + describe(node));
        return new ArrayList<>(seq.getValue());
    }

    /** A non-blank string of at most {@code maxLength} characters. */
    public String string(Node node, String path, int maxLength) {
        if (!(node instanceof ScalarNode s) || !s.getTag().equals(Tag.STR) || s.getValue().isBlank())
            return error(node, path + ": expected a non-empty string, got " + describe(node));
        if (s.getValue().length() > maxLength)
            return error(node, path + ": " + s.getValue().length() + " characters (expected at most " + maxLength + ")");
        return s.getValue();
    }

    /** A name of lower-case words joined by '-' ({@code last-of-its-kind}), at most 64 characters. */
    public String id(Node node, String path) {
        String s = string(node, path, 64);
        if (s != null && !s.matches("[a-z0-9]+(-[a-z0-9]+)*"))
            return error(node, path + ": '" + s + "' is not an id (expected lower-case letters and digits joined by '-')");
        return s;
    }

    /** One of a fixed set of words. */
    public String oneOf(Node node, String path, List<String> options) {
        if (!(node instanceof ScalarNode s) || !s.getTag().equals(Tag.STR) || !options.contains(s.getValue()))
            return error(node, path + ": expected one of " + options + ", got " + describe(node));
        return s.getValue();
    }

    /** A finite number in [min, max]. */
    public Double number(Node node, String path, double min, double max) {
        Double v = numberValue(node);
        if (v == null || v < min || v > max)
            return error(node, path + ": expected a number from " + plain(min) + " to " + plain(max) + ", got " + describe(node));
        return v;
    }

    /** A whole number in [min, max]. */
    public Integer integer(Node node, String path, int min, int max) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT) && s.getValue().matches("[-+]?[0-9]{1,10}")) {
            long v = Long.parseLong(s.getValue());
            if (v >= min && v <= max) return (int) v;
        }
        return error(node, path + ": expected a whole number from " + min + " to " + max + ", got " + describe(node));
    }

    public Boolean bool(Node node, String path) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) return Boolean.parseBoolean(s.getValue().toLowerCase());
        return error(node, path + ": expected true or false, got " + describe(node));
    }

    /** True if the node is a plain string scalar (a name rather than a number). */
    public static boolean isString(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.STR);
    }

    /** The decimal number a scalar holds, or null (hex, octal, infinities and NaN are not accepted). */
    static Double numberValue(Node node) {
        if (!(node instanceof ScalarNode s)) return null;
        if (!s.getTag().equals(Tag.INT) && !s.getTag().equals(Tag.FLOAT)) return null;
        if (!s.getValue().matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) return null;
        double v = Double.parseDouble(s.getValue());
        return Double.isFinite(v) ? v : null;
    }

    /** How a wrong value looks in a message: its text (quoted if a string), or "a list"/"a mapping". */
    static String describe(Node node) {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        ScalarNode s = (ScalarNode) node;
        if (s.getTag().equals(Tag.NULL)) return "nothing";
        String v = s.getValue().length() > 40 ? s.getValue().substring(0, 40) + "…" : s.getValue();
        return s.getTag().equals(Tag.STR) ? "\"" + v + "\"" : v;
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
