package io.starbridge.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scenarios a program knows, by id: the built-in ones, and any loaded from files beside them. */
public final class Scenarios {
    /** The built-in mission files, each {@code /scenarios/missions/ID.yaml} on the class path. */
    public static final List<String> BUILT_IN_MISSIONS = List.of("strike", "last-of-its-kind");

    private final Map<String, Scenario> byId = new LinkedHashMap<>();

    /** @throws IllegalArgumentException if two scenarios share an id */
    public Scenarios(List<Scenario> scenarios) {
        for (Scenario s : scenarios)
            if (byId.putIfAbsent(s.id(), s) != null) throw new IllegalArgumentException("two scenarios with the id '" + s.id() + "'");
    }

    /**
     * The built-in missions (from their files) and the generated battlefield. The files are read and checked
     * when a mission is first asked for anything but its id (≈ 20 ms each, and a few tenths of a CPU-second
     * of a cold {@code play}): a program that runs the battlefield never reads them.
     */
    public static Scenarios builtIn() {
        List<Scenario> all = new ArrayList<>();
        for (String id : BUILT_IN_MISSIONS) all.add(new BuiltInMission(id));
        all.add(new BattlefieldScenario());
        return new Scenarios(all);
    }

    /** A built-in mission by id, its file read on first use (once per class loader, {@link BuiltInFiles}). */
    private record BuiltInMission(String id) implements Scenario {
        private FileScenario file() {
            for (FileScenario f : BuiltInFiles.MISSIONS) if (f.id().equals(id)) return f;
            throw new IllegalStateException("built-in mission file " + id + " declares another id");
        }

        @Override public String description() { return file().description(); }
        @Override public List<String> sizes() { return file().sizes(); }
        @Override public Mission start(long seed, String size) { return file().start(seed, size); }
    }

    /**
     * The built-in mission files, read once per class loader (about 20 ms each time otherwise). Immutable:
     * a {@link FileScenario} only holds its checked spec and builds a fresh world on every start.
     */
    private static final class BuiltInFiles {
        static final List<FileScenario> MISSIONS = load();

        private static List<FileScenario> load() {
            List<FileScenario> out = new ArrayList<>();
            MissionLoader loader = new MissionLoader();
            for (String id : BUILT_IN_MISSIONS) {
                String resource = "/scenarios/missions/" + id + ".yaml";
                out.add(new FileScenario(loader.load(resource, readResource(resource)), resource));
            }
            return List.copyOf(out);
        }
    }

    /** These scenarios and more (e.g. files from a data directory); ids must not clash. */
    public Scenarios with(List<? extends Scenario> more) {
        List<Scenario> all = new ArrayList<>(byId.values());
        all.addAll(more);
        return new Scenarios(all);
    }

    public List<Scenario> all() { return List.copyOf(byId.values()); }

    /** True if a scenario has this id. */
    public boolean has(String id) { return byId.containsKey(id); }

    /** @throws IllegalArgumentException naming the known ids */
    public Scenario byId(String id) {
        Scenario s = byId.get(id);
        if (s == null) throw new IllegalArgumentException("unknown scenario '" + id + "'; known: " + byId.keySet());
        return s;
    }

    /** A resource shipped in the jar; a missing one is a broken build, not a user error. */
    static byte[] readResource(String resource) {
        try (InputStream in = Scenarios.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("built-in file missing from the jar: " + resource);
            return in.readNBytes(YamlParser.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
