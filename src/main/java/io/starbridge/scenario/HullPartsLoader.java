package io.starbridge.scenario;

import io.starbridge.sim.ship.MountKind;
import io.starbridge.sim.ship.SubsystemClass;
import io.starbridge.sim.ship.SubsystemKind;
import io.starbridge.sim.ship.SubsystemSpec;
import io.starbridge.sim.ship.WeaponMount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The lists of a file hull class ({@code hulls[i].subsystems} and {@code .mounts}, docs/scenario-format.md):
 * subsystems with their places on the hull, and weapon mounts. Checks each entry's ranges and the rules of
 * a list (unique ids, exactly one reactor, at most one point-defence mount); every error is reported.
 */
final class HullPartsLoader {
    /** Enough for the mothership's nine and more; a deck plan must find a room for each. */
    static final int MAX_SUBSYSTEMS = 64;
    static final int MAX_MOUNTS = 32;
    /** Metres from the hull's centre a subsystem may sit: twice the largest radius a hull may have. */
    static final double MAX_OFFSET = 20_000;
    /** File words of the kinds: {@code point-defence} for {@link SubsystemKind#POINT_DEFENCE}. */
    static final List<String> SUBSYSTEM_KINDS = words(SubsystemKind.values());
    static final List<String> SUBSYSTEM_CLASSES = words(SubsystemClass.values());
    static final List<String> MOUNT_KINDS = words(MountKind.values());

    private final YamlReader r;

    HullPartsLoader(YamlReader r) { this.r = r; }

    /** @return the subsystems, or null after their errors were reported */
    List<SubsystemSpec> subsystems(Node node, String path) {
        List<Node> items = r.list(node, path);
        if (items == null) return null;
        if (items.isEmpty() || items.size() > MAX_SUBSYSTEMS)
            return r.error(node, path + ": " + items.size() + " subsystems (expected 1 to " + MAX_SUBSYSTEMS + ")");
        List<SubsystemSpec> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            SubsystemSpec s = subsystem(items.get(i), path + "[" + i + "]", ids);
            if (s == null) ok = false;
            else out.add(s);
        }
        if (!ok) return null;
        long reactors = out.stream().filter(s -> s.kind() == SubsystemKind.REACTOR).count();
        if (reactors != 1)
            return r.error(node, path + ": " + reactors + " subsystems of kind reactor (expected exactly one: it powers the rest)");
        return out;
    }

    private SubsystemSpec subsystem(Node node, String path, Set<String> ids) {
        Map<String, Node> f = r.fields(node, path, MissionKeys.SUBSYSTEM.required(), MissionKeys.SUBSYSTEM.optional());
        if (f == null || !f.keySet().containsAll(MissionKeys.SUBSYSTEM.required())) return null;
        String id = r.id(f.get("id"), path + ".id");
        if (id != null && !ids.add(id)) id = r.error(f.get("id"), path + ".id: subsystem '" + id + "' declared twice (expected unique ids)");
        String name = r.string(f.get("name"), path + ".name", 64);
        String kind = r.oneOf(f.get("kind"), path + ".kind", SUBSYSTEM_KINDS);
        String subsystemClass = r.oneOf(f.get("class"), path + ".class", SUBSYSTEM_CLASSES);
        double[] at = point(f.get("at"), path + ".at");
        Double maxHealth = r.number(f.get("maxHealth"), path + ".maxHealth", 1, 1.0e6);
        Double powerDemand = f.containsKey("powerDemand") ? r.number(f.get("powerDemand"), path + ".powerDemand", 0, 1.0e6) : Double.valueOf(0);
        if ("reactor".equals(kind) && powerDemand != null && powerDemand != 0)
            powerDemand = r.error(f.get("powerDemand"), path + ".powerDemand: a reactor makes power and draws none (expected 0)");
        if (id == null || name == null || kind == null || subsystemClass == null || at == null || maxHealth == null || powerDemand == null)
            return null;
        return new SubsystemSpec(id, name, SubsystemKind.valueOf(constant(kind)), SubsystemClass.valueOf(constant(subsystemClass)),
                at[0], at[1], maxHealth, powerDemand);
    }

    /** @return the mounts (possibly none), or null after their errors were reported */
    List<WeaponMount> mounts(Node node, String path) {
        List<Node> items = r.list(node, path);
        if (items == null) return null;
        if (items.size() > MAX_MOUNTS) return r.error(node, path + ": " + items.size() + " mounts (expected at most " + MAX_MOUNTS + ")");
        List<WeaponMount> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            WeaponMount m = mount(items.get(i), path + "[" + i + "]", ids);
            if (m == null) ok = false;
            else out.add(m);
        }
        if (!ok) return null;
        // the simulation keeps one point-defence cooldown a ship: a second mount would share its shots
        if (out.stream().filter(m -> m.kind() == MountKind.POINT_DEFENCE).count() > 1)
            return r.error(node, path + ": more than one point-defence mount (expected at most one)");
        return out;
    }

    private WeaponMount mount(Node node, String path, Set<String> ids) {
        Map<String, Node> f = r.fields(node, path, MissionKeys.MOUNT.required(), MissionKeys.MOUNT.optional());
        if (f == null || !f.keySet().containsAll(MissionKeys.MOUNT.required())) return null;
        String id = r.id(f.get("id"), path + ".id");
        if (id != null && !ids.add(id)) id = r.error(f.get("id"), path + ".id: mount '" + id + "' declared twice (expected unique ids)");
        String kind = r.oneOf(f.get("kind"), path + ".kind", MOUNT_KINDS);
        Double facing = r.number(f.get("facing"), path + ".facing", -360, 360);     // degrees from the bow, + to port
        Double halfArc = r.number(f.get("halfArc"), path + ".halfArc", 1, 180);     // degrees either side; 180 = all round
        Double range = r.number(f.get("range"), path + ".range", 1, 1.0e6);          // metres
        Double cycle = r.number(f.get("cycleSeconds"), path + ".cycleSeconds", HullFields.MIN_SECONDS, HullFields.HOUR);
        Double damage = Double.valueOf(0);
        if ("torpedo-tube".equals(kind) && f.containsKey("damage"))
            damage = r.error(f.get("damage"), path + ".damage: a tube's damage is its torpedoes' (expected no 'damage'; set torpedo.damage)");
        else if (kind != null && !kind.equals("torpedo-tube"))
            damage = f.containsKey("damage") ? r.number(f.get("damage"), path + ".damage", 0.001, 1.0e6)
                    : r.error(node, path + ": missing key 'damage' (expected the hit points a " + kind + " shot does)");
        if (id == null || kind == null || facing == null || halfArc == null || range == null || cycle == null || damage == null) return null;
        return new WeaponMount(id, MountKind.valueOf(constant(kind)), StrictMath.toRadians(facing), StrictMath.toRadians(halfArc),
                range, damage, cycle);
    }

    /** {@code [x, y]}: metres forward of the centre and to port, each within ±{@link #MAX_OFFSET}. */
    private double[] point(Node node, String path) {
        List<Node> list = r.list(node, path);
        if (list == null) return null;
        if (list.size() != 2) return r.error(node, path + ": " + list.size() + " numbers (expected [x, y])");
        Double x = r.number(list.get(0), path + "[0]", -MAX_OFFSET, MAX_OFFSET), y = r.number(list.get(1), path + "[1]", -MAX_OFFSET, MAX_OFFSET);
        return x == null || y == null ? null : new double[] {x, y};
    }

    private static String constant(String word) { return word.toUpperCase(Locale.ROOT).replace('-', '_'); }

    private static List<String> words(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }
}
