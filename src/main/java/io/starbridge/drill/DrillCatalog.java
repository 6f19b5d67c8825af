package io.starbridge.drill;

import io.starbridge.scenario.Scenarios;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The built-in drills (files under {@code src/main/resources/scenarios/drills/}) and drill files on disk. */
public final class DrillCatalog {
    /** Built-in drill ids; each has a file {@code /scenarios/drills/ID.yaml} on the class path. */
    public static final List<String> BUILT_IN = List.of("drop-and-cloak", "critical-strike", "boarding", "self-destruct-evac");

    private final DrillLoader loader;

    public DrillCatalog(Scenarios scenarios) { this.loader = new DrillLoader(scenarios); }

    /**
     * A built-in drill by id, or a drill file when {@code idOrPath} names an existing {@code .yaml} or {@code .yml} file.
     *
     * @throws IllegalArgumentException for an unknown id, naming the known ones
     * @throws DrillFileException       for a bad file
     */
    public DrillSpec find(String idOrPath) {
        Path path = Path.of(idOrPath);
        if ((idOrPath.endsWith(".yaml") || idOrPath.endsWith(".yml")) && Files.isRegularFile(path)) return loadFile(path);
        if (!BUILT_IN.contains(idOrPath))
            throw new IllegalArgumentException("unknown drill '" + idOrPath + "'; known: " + BUILT_IN + " (or a path to a drill .yaml file)");
        String resource = "/scenarios/drills/" + idOrPath + ".yaml";
        try (InputStream in = DrillCatalog.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("built-in drill file missing from the jar: " + resource);
            return loader.load(resource, in.readNBytes(DrillLoader.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DrillSpec loadFile(Path path) {
        try {
            // read one byte past the limit so the loader can refuse an oversized file without reading all of it
            try (InputStream in = Files.newInputStream(path)) {
                return loader.load(path.toString(), in.readNBytes(DrillLoader.MAX_BYTES + 1));
            }
        } catch (IOException e) {
            throw new DrillFileException(List.of(new io.starbridge.scenario.FileError(path.toString(), 1, 1, "cannot read: " + e.getMessage())));
        }
    }
}
