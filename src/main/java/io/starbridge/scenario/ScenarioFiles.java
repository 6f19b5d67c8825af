package io.starbridge.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Finding and reading scenario files on disk: which kind a file is ({@code kind: mission} or
 * {@code kind: drill}), the files of a directory, and reading one without trusting its size.
 */
public final class ScenarioFiles {
    /** The kinds of file this format has, as written after {@code kind:}. */
    public static final List<String> KINDS = List.of("mission", "drill");
    /** A file name a directory may offer: an id and a YAML extension, nothing that could leave the directory. */
    public static final String NAME_PATTERN = "[a-z0-9-]+\\.ya?ml";

    private ScenarioFiles() {}

    /**
     * The kind a file declares.
     *
     * @throws ScenarioFileException if the file is not valid YAML or its {@code kind} is missing or unknown
     */
    public static String kindOf(String file, byte[] content) {
        FileErrors errors = new FileErrors();
        Node root = YamlParser.parse(file, content, errors).orElse(null);
        errors.throwIfAny();
        if (root instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("kind")) {
                    Node v = t.getValueNode();
                    if (v instanceof ScalarNode s && KINDS.contains(s.getValue())) return s.getValue();
                    errors.at(file, v, "kind: expected one of " + KINDS + ", got " + YamlReader.describe(v));
                    errors.throwIfAny();
                }
            }
        }
        errors.at(file, root, "missing key 'kind' (expected 'kind: mission' or 'kind: drill' first)");
        throw new ScenarioFileException(errors.all());
    }

    /**
     * Reads at most {@link YamlParser#MAX_BYTES} + 1 bytes, so an oversized file is refused without
     * reading all of it.
     */
    public static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(YamlParser.MAX_BYTES + 1);
        }
    }

    /**
     * The scenario files directly in a directory, sorted by name: regular files (symbolic links are
     * not followed) whose names match {@link #NAME_PATTERN}. Anything else is skipped; a missing
     * directory has no files.
     */
    public static List<Path> listDirectory(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return out;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.matches(NAME_PATTERN) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) out.add(p);
            }
        }
        out.sort(null);
        return out;
    }

    /** Loads a mission file into a scenario. @throws ScenarioFileException listing every error */
    public static FileScenario loadMission(String file, byte[] content) {
        return new FileScenario(new MissionLoader().load(file, content), file);
    }
}
