package io.starbridge.scenario;

import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.HullCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hull classes a mission file may name: the built-in ones of {@link HullCatalog} and the file's own
 * ({@code hulls:}, docs/scenario-format.md), in file order. Immutable. A file hull whose entry has errors
 * is remembered as {@linkplain #isBroken broken}, so that ships naming it are not reported a second time.
 */
final class MissionHulls {
    /** Only the built-in hull classes: a file without {@code hulls:}. */
    static final MissionHulls BUILT_IN = new MissionHulls(Map.of(), Set.of());

    private final Map<String, HullClass> fileHulls;
    private final Set<String> broken;

    MissionHulls(Map<String, HullClass> fileHulls, Set<String> broken) {
        this.fileHulls = Collections.unmodifiableMap(new LinkedHashMap<>(fileHulls));
        this.broken = Set.copyOf(broken);
    }

    /** The ids of the built-in hull classes, sorted as the catalog names them. */
    static List<String> builtInIds() { return List.copyOf(HullCatalog.ids()); }

    /** The built-in hull class with this id, or null. */
    static HullClass builtIn(String id) {
        return builtInIds().contains(id) ? HullCatalog.byId(id) : null;
    }

    /** A built-in or good file hull class, or null. */
    HullClass find(String id) {
        HullClass own = fileHulls.get(id);
        return own != null ? own : builtIn(id);
    }

    /** True for the id of a file hull whose entry has errors (they are reported there). */
    boolean isBroken(String id) { return broken.contains(id); }

    /** Every id a ship may name: the built-in ones, then the file's in file order. */
    List<String> ids() {
        Set<String> out = new LinkedHashSet<>(builtInIds());
        out.addAll(fileHulls.keySet());
        return new ArrayList<>(out);
    }

    /** The file's own hull classes in file order. */
    List<HullClass> fileHulls() { return List.copyOf(fileHulls.values()); }
}
