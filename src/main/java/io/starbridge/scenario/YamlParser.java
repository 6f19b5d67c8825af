package io.starbridge.scenario;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns the bytes of an untrusted YAML file into a node tree, or into errors with line and column.
 * Before anything is built it refuses: files over {@link #MAX_BYTES}, bytes that are not UTF-8, more
 * than one document, anchors and aliases (no billion-laughs expansion is possible when there is
 * nothing to expand), explicit tags, and nesting deeper than {@link #MAX_DEPTH}. The check walks the
 * parser's event stream, which holds no tree, so a hostile file costs at most one linear pass.
 */
public final class YamlParser {
    /** Larger than any sensible mission or drill file; bigger input is refused unread. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Mappings and sequences inside one another; the mission format needs 6. */
    public static final int MAX_DEPTH = 16;

    private YamlParser() {}

    /**
     * @param file    the file's name for error messages
     * @param content the file's bytes; only the first {@link #MAX_BYTES} + 1 are needed
     * @return the root node, or empty after adding at least one error to {@code errors}
     */
    public static Optional<Node> parse(String file, byte[] content, FileErrors errors) {
        if (content.length > MAX_BYTES) {
            errors.add(file, 1, 1, "file is larger than the limit of " + MAX_BYTES + " bytes (expected at most "
                    + MAX_BYTES / 1024 + " KiB)");
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            errors.add(file, 1, 1, "not UTF-8 text (expected a UTF-8 YAML file)");
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file).setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false).setMaxAliasesForCollections(0).setCodePointLimit(MAX_BYTES + 1).build();
        int before = errors.size();
        try {
            screen(file, text, settings, errors);
            if (errors.size() > before) return Optional.empty();
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) errors.add(file, 1, 1, "the file is empty (expected a mapping of keys)");
            return root;
        } catch (MarkedYamlEngineException e) {
            Mark at = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            errors.add(file, at == null ? 1 : at.getLine() + 1, at == null ? 1 : at.getColumn() + 1,
                    "not valid YAML: " + problem.strip());
        } catch (YamlEngineException e) {
            errors.add(file, 1, 1, "not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** One pass over the events: every refused construct is reported where it stands. */
    private static void screen(String file, String text, LoadSettings settings, FileErrors errors) {
        int depth = 0, documents = 0;
        // the first anchor and the first alias are enough to say what is wrong; a bomb has thousands
        boolean anchorSeen = false, aliasSeen = false;
        for (Event e : new Parse(settings).parseString(text)) {
            if (e instanceof DocumentStartEvent && ++documents == 2) errors.at(file, e, "a second YAML document (expected one)");
            if (e instanceof AliasEvent a) {
                if (!aliasSeen) errors.at(file, e, "alias *" + a.getAlias().getValue() + " is not allowed (expected the value written out)");
                aliasSeen = true;
            } else if (e instanceof NodeEvent n && n.getAnchor().isPresent()) {
                if (!anchorSeen) errors.at(file, e, "anchor &" + n.getAnchor().get().getValue() + " is not allowed (expected plain values)");
                anchorSeen = true;
            }
            Optional<String> tag = e instanceof ScalarEvent s ? s.getTag()
                    : e instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
            if (tag.isPresent()) errors.at(file, e, "tag " + tag.get() + " is not allowed (expected plain values)");
            if (e instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                errors.at(file, e, "nested deeper than " + MAX_DEPTH + " levels (expected at most " + MAX_DEPTH + ")");
                return;
            }
            if (e.getEventId() == Event.ID.MappingEnd || e.getEventId() == Event.ID.SequenceEnd) depth--;
        }
    }
}
