package io.starbridge.scenario;

import io.starbridge.scenario.HullFields.Field;
import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.JumpDriveSpec;
import io.starbridge.sim.ship.ManeuverSpec;
import io.starbridge.sim.ship.MountKind;
import io.starbridge.sim.ship.SubsystemKind;
import io.starbridge.sim.ship.SubsystemSpec;
import io.starbridge.sim.ship.TorpedoSpec;
import io.starbridge.sim.ship.WeaponMount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The {@code hulls:} section of a mission file (docs/scenario-format.md): hull classes of the file's own.
 * An entry gives every field of a hull class, or a {@code base} (a built-in hull class or one defined
 * earlier in the file) and only the fields that differ from it; a nested {@code jumpDrive}, {@code maneuver}
 * or {@code torpedo} overrides field by field, a {@code subsystems} or {@code mounts} list replaces the
 * base's whole list. Every value is range-checked ({@link HullFields}, {@link HullPartsLoader}) and the
 * finished hull must be one the simulation can fly: a weapon mount needs the subsystem that works it, a
 * cloak needs a cloak subsystem. Every problem is reported with its line and column.
 */
final class HullLoader {
    /** Hull classes a file may define: more than any mission needs, few enough to list in a message. */
    static final int MAX_HULLS = 32;

    private final YamlReader r;
    private final HullPartsLoader parts;

    HullLoader(YamlReader r) {
        this.r = r;
        this.parts = new HullPartsLoader(r);
    }

    /** @param node the {@code hulls} list, or null when the file has none (then only the built-in hull classes) */
    MissionHulls hulls(Node node) {
        if (node == null) return MissionHulls.BUILT_IN;
        List<Node> items = r.list(node, "hulls");
        if (items == null) return MissionHulls.BUILT_IN;
        if (items.size() > MAX_HULLS) r.error(node, "hulls: " + items.size() + " hull classes (expected at most " + MAX_HULLS + ")");
        Map<String, HullClass> good = new LinkedHashMap<>();
        Set<String> broken = new LinkedHashSet<>();
        for (int i = 0; i < items.size() && i < MAX_HULLS; i++) {
            String path = "hulls[" + i + "]";
            Map<String, Node> f = r.fields(items.get(i), path, MissionKeys.HULL.required(), MissionKeys.HULL.optional());
            if (f == null) continue;
            String id = f.containsKey("id") ? newId(f.get("id"), path + ".id", good, broken) : null;
            String name = f.containsKey("name") ? r.string(f.get("name"), path + ".name", 64) : null;
            boolean hasBase = f.containsKey("base");
            HullClass base = hasBase ? base(f.get("base"), path + ".base", new MissionHulls(good, broken)) : null;
            HullClass hull = hull(items.get(i), f, path, id, name, hasBase, base);
            if (id == null) continue;
            if (hull == null) broken.add(id);
            else good.put(id, hull);
        }
        return new MissionHulls(good, broken);
    }

    /** An id no built-in or earlier file hull class has. */
    private String newId(Node node, String path, Map<String, HullClass> good, Set<String> broken) {
        String id = r.id(node, path);
        if (id == null) return null;
        if (MissionHulls.builtIn(id) != null)
            return r.error(node, path + ": '" + id + "' is a built-in hull class (expected a new id; use 'base: " + id + "' to start from it)");
        if (good.containsKey(id) || broken.contains(id))
            return r.error(node, path + ": hull class '" + id + "' declared twice (expected unique ids)");
        return id;
    }

    /** A built-in hull class or a good one defined above; null (reported, unless its own entry is broken) otherwise. */
    private HullClass base(Node node, String path, MissionHulls known) {
        String id = r.id(node, path);
        if (id == null || known.isBroken(id)) return null;
        HullClass base = known.find(id);
        if (base == null)
            r.error(node, path + ": unknown hull class '" + id + "' (expected a built-in one or one defined above: " + known.ids() + ")");
        return base;
    }

    /**
     * The hull of one entry, or null after its errors were reported. With a {@code base} that is broken
     * ({@code hasBase} and no {@code base}) the given fields are still checked, and missing ones are not reported.
     */
    private HullClass hull(Node node, Map<String, Node> f, String path, String id, String name, boolean hasBase, HullClass base) {
        List<String> missing = new ArrayList<>();
        Map<String, Double> v = values(f, path, HullFields.HULL, base, missing);
        Map<String, Double> j = group(f, path, "jumpDrive", MissionKeys.JUMP_DRIVE, HullFields.JUMP_DRIVE,
                base == null ? null : base.jumpDrive(), hasBase, missing);
        Map<String, Double> m = group(f, path, "maneuver", MissionKeys.MANEUVER, HullFields.MANEUVER,
                base == null ? null : base.maneuver(), hasBase, missing);
        Map<String, Double> t = group(f, path, "torpedo", MissionKeys.TORPEDO, HullFields.TORPEDO,
                base == null ? null : base.torpedo(), hasBase, missing);
        List<SubsystemSpec> subsystems = f.containsKey("subsystems") ? parts.subsystems(f.get("subsystems"), path + ".subsystems")
                : base != null ? base.subsystems() : absent("subsystems", missing);
        List<WeaponMount> mounts = f.containsKey("mounts") ? parts.mounts(f.get("mounts"), path + ".mounts")
                : base != null ? base.mounts() : absent("mounts", missing);
        if (!hasBase && !missing.isEmpty())
            r.error(node, path + ": missing keys " + missing + " (expected every field of a hull class, or a 'base' hull class to start from)");
        if (v == null || j == null || m == null || t == null || subsystems == null || mounts == null || !missing.isEmpty()) return null;
        if (!workable(f, node, path, v, subsystems, mounts)) return null;
        if (id == null || name == null) return null;
        return new HullClass(id, name, v.get("radius"), v.get("mass"), v.get("thrust"), v.get("thrusterForce"), v.get("turnRate"),
                v.get("maxSpeed"), v.get("maxHull"), v.get("shieldFront"), v.get("shieldRear"), v.get("shieldRecharge"),
                v.get("reactorOutput"), v.get("sensorRange"), v.get("cloakDetectionRange"), v.get("sensorPeriodTicks").intValue(),
                v.get("scanSeconds"), v.get("cloakDrain"), v.get("repairPerSecond"), v.get("torpedoStock").intValue(),
                new JumpDriveSpec(j.get("spoolSeconds"), j.get("hyperSpeed"), j.get("minDwellSeconds"), j.get("scatterRadius")),
                new ManeuverSpec(m.get("acceleration"), m.get("burstSeconds"), m.get("chargeCost"), m.get("rechargePerSecond"),
                        m.get("heatPerBurst"), m.get("coolingPerSecond")),
                new TorpedoSpec(t.get("speed"), t.get("turnRate"), t.get("damage"), t.get("blastRadius"), t.get("lifetimeSeconds"),
                        t.get("hitPoints")),
                subsystems, mounts);
    }

    private static <T> T absent(String key, List<String> missing) {
        missing.add(key);
        return null;
    }

    /**
     * The fields of a table in world units: the file's where given, the base's otherwise. A field neither
     * gives joins {@code missing}. Null if a given value is wrong (reported).
     */
    private <T> Map<String, Double> values(Map<String, Node> f, String path, List<Field<T>> fields, T base, List<String> missing) {
        Map<String, Double> out = new LinkedHashMap<>();
        boolean ok = true;
        for (Field<T> field : fields) {
            Node node = f.get(field.key());
            if (node == null) {
                if (base != null) out.put(field.key(), field.ofBase().applyAsDouble(base));
                else missing.add(field.key());
                continue;
            }
            String at = path + "." + field.key();
            Double value = field.unit() == HullFields.Unit.WHOLE
                    ? toDouble(r.integer(node, at, (int) field.min(), (int) field.max()))
                    : r.number(node, at, field.min(), field.max());
            if (value == null) ok = false;
            else out.put(field.key(), field.toWorld(value));
        }
        return ok ? out : null;
    }

    /** A nested object ({@code jumpDrive}, …): over the base's, or complete when the hull has no base. */
    private <T> Map<String, Double> group(Map<String, Node> f, String path, String key, MissionKeys.Keys keys, List<Field<T>> fields,
                                          T base, boolean hasBase, List<String> missing) {
        Node node = f.get(key);
        if (node == null) {
            if (base == null) { missing.add(key); return null; }
            return values(Map.of(), path, fields, base, new ArrayList<>());
        }
        String at = path + "." + key;
        Map<String, Node> g = r.fields(node, at, keys.required(), keys.optional());
        if (g == null) return null;
        List<String> own = new ArrayList<>();
        Map<String, Double> out = values(g, at, fields, base, own);
        if (!own.isEmpty()) {
            if (!hasBase) r.error(node, at + ": missing keys " + own + " (expected every " + key + " field, as the hull class has no 'base')");
            return null;
        }
        return out;
    }

    /** The rules between fields: what a mount or a cloak needs aboard. */
    private boolean workable(Map<String, Node> f, Node node, String path, Map<String, Double> v, List<SubsystemSpec> subsystems,
                             List<WeaponMount> mounts) {
        Node listNode = f.containsKey("mounts") ? f.get("mounts") : f.containsKey("subsystems") ? f.get("subsystems") : node;
        String listPath = f.containsKey("mounts") ? path + ".mounts" : f.containsKey("subsystems") ? path + ".subsystems" : path;
        boolean ok = true;
        for (MountKind kind : MountKind.values()) {
            // beams and tubes are worked by weapons control, point defence by its own subsystem
            SubsystemKind needed = kind == MountKind.POINT_DEFENCE ? SubsystemKind.POINT_DEFENCE : SubsystemKind.WEAPONS;
            if (mounts.stream().anyMatch(mt -> mt.kind() == kind) && subsystems.stream().noneMatch(s -> s.kind() == needed)) {
                r.error(listNode, listPath + ": a " + word(kind) + " mount needs a subsystem of kind " + word(needed)
                        + " (expected one in 'subsystems')");
                ok = false;
            }
        }
        if (v.get("cloakDrain") > 0 && subsystems.stream().noneMatch(s -> s.kind() == SubsystemKind.CLOAK)) {
            Node at = f.containsKey("cloakDrain") ? f.get("cloakDrain") : f.containsKey("subsystems") ? f.get("subsystems") : node;
            String where = f.containsKey("cloakDrain") ? path + ".cloakDrain" : f.containsKey("subsystems") ? path + ".subsystems" : path;
            r.error(at, where + ": a cloak (cloakDrain above 0) needs a subsystem of kind cloak (expected one in 'subsystems', or cloakDrain: 0)");
            ok = false;
        }
        return ok;
    }

    private static String word(Enum<?> e) { return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

    private static Double toDouble(Integer i) { return i == null ? null : i.doubleValue(); }
}
