package io.starbridge.sim.weapons;

import io.starbridge.sim.SimSystem;
import io.starbridge.sim.SpatialGrid;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.event.TorpedoIntercepted;
import io.starbridge.sim.ship.MountKind;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.SubsystemKind;
import io.starbridge.sim.ship.WeaponMount;
import io.starbridge.sim.ship.WeaponsState;
import java.util.List;

/**
 * Point defence shoots the nearest hostile torpedo within its range of the hull every cycle. A shot hits with
 * {@link #HIT_CHANCE} × the point-defence effect (drawn from the world's random) and takes the
 * mount's damage off the torpedo. Needs a standing point-defence subsystem with power.
 */
public final class PointDefenceSystem implements SimSystem {
    static final double HIT_CHANCE = 0.55;
    /**
     * Ticks between searches while no hostile torpedo is in range (10 Hz): a torpedo crosses a
     * point-defence zone in seconds, and a thousand idle ships searching every tick cost more than
     * all their shots.
     */
    static final int IDLE_SWEEP_TICKS = 6;
    /** Up to this many torpedoes in the world, a search looks at each rather than through the grid. */
    static final int DIRECT_SCAN_MAX_TORPEDOES = 16;
    /** Torpedo grid cell, metres: about a point-defence range. */
    private final SpatialGrid torpedoGrid = new SpatialGrid(1_500);
    /**
     * Whether this tick's torpedoes are in the grid yet: it is filled at the first search, as on most
     * ticks every mount is cycling and none searches (nothing here moves a torpedo or adds one).
     */
    private boolean torpedoGridFilled;
    // the current search, read by the grid visitor (a field-backed visitor allocates nothing per ship)
    private int nearest;
    private double nearestD2;
    private List<Torpedo> searchTorpedoes;
    private int searchFaction;
    private double searchX, searchY;
    private final SpatialGrid.ItemVisitor consider = this::consider;
    /** A hull's point-defence mounts in mount order, so a tick with torpedoes about does not walk every beam mount. */
    private final HullFacts<WeaponMount[]> pointDefenceMounts = new HullFacts<>(hull -> hull.mounts().stream()
            .filter(mount -> mount.kind() == MountKind.POINT_DEFENCE).toArray(WeaponMount[]::new));

    @Override public void run(World world) {
        List<Torpedo> torpedoes = world.torpedoes();
        if (torpedoes.isEmpty()) return;
        torpedoGridFilled = false;
        for (int s = 0, n = world.shipCount(); s < n; s++) {
            Ship ship = world.shipAt(s);
            if (!ship.present()) continue;
            for (WeaponMount mount : pointDefenceMounts.of(ship)) defend(world, ship, mount, torpedoes);
        }
    }

    private void defend(World world, Ship ship, WeaponMount mount, List<Torpedo> torpedoes) {
        // count down first, so a cycle of N ticks shoots every N ticks (as beams do)
        WeaponsState weapons = ship.weapons;
        int cooldown = weapons.pointDefenceCooldown;
        if (cooldown > 0) weapons.pointDefenceCooldown = --cooldown;
        if (cooldown > 0) return;
        double effect = StrictMath.min(1.0, ship.effect(SubsystemKind.POINT_DEFENCE));
        if (effect <= 0) return;
        // measured from the hull, as beam range is measured to the target's hull: from the centre, a
        // 2 km mothership's point defence would cover so little beyond its own hull that a homing
        // torpedo crossed it between two shots and could never be stopped
        double range = mount.range() + ship.hull().radius();
        double sx = ship.motion.x, sy = ship.motion.y;
        nearest = -1;
        nearestD2 = range * range;
        searchTorpedoes = torpedoes;
        searchFaction = ship.faction();
        searchX = sx;
        searchY = sy;
        int count = torpedoes.size();
        if (count <= DIRECT_SCAN_MAX_TORPEDOES) {
            // a handful of torpedoes (a mission's): consider() each, with no grid to build. The same
            // choice as the grid's: consider() takes only a torpedo nearer than range (strictly) and
            // than the best so far, ties to the lower id — a total order, whatever the visiting order
            for (int i = 0; i < count; i++) consider(i);
        } else {
            if (!torpedoGridFilled) fillTorpedoGrid(torpedoes);
            // the grid skips torpedoes beyond range; consider() keeps the strict nearest test
            torpedoGrid.queryWithin(sx, sy, range, consider);
        }
        searchTorpedoes = null;
        if (nearest < 0) {
            // nothing in range: the fire-control radar looks again in IDLE_SWEEP_TICKS, not every tick
            ship.weapons.pointDefenceCooldown = IDLE_SWEEP_TICKS;
            return;
        }
        ship.weapons.pointDefenceCooldown = Tick.ofSeconds(mount.cycleSeconds());
        if (!world.random().chance(HIT_CHANCE * effect)) return;
        Torpedo t = torpedoes.get(nearest);
        t.hitPoints -= mount.damage();
        if (t.hitPoints <= 0) {
            t.alive = false;
            world.emit(new TorpedoIntercepted(world.tick(), t.id, ship.id()));
        }
    }

    /** Puts every torpedo of the tick, dead or alive, into the grid by its index and position. */
    private void fillTorpedoGrid(List<Torpedo> torpedoes) {
        torpedoGrid.clear();
        for (int i = 0, n = torpedoes.size(); i < n; i++) {
            Torpedo t = torpedoes.get(i);
            torpedoGrid.insert(i, t.x, t.y);
        }
        torpedoGridFilled = true;
    }

    private void consider(int i) {
        Torpedo t = searchTorpedoes.get(i);
        if (!t.alive || t.faction == searchFaction) return;
        double dx = t.x - searchX, dy = t.y - searchY, d2 = dx * dx + dy * dy;
        // ties go to the lower id so the choice never depends on grid order
        if (d2 < nearestD2 || (d2 == nearestD2 && nearest >= 0 && t.id < searchTorpedoes.get(nearest).id)) {
            nearestD2 = d2;
            nearest = i;
        }
    }
}
