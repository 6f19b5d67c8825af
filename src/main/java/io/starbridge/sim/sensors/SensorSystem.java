package io.starbridge.sim.sensors;

import io.starbridge.sim.ContactBook;
import io.starbridge.sim.SimSystem;
import io.starbridge.sim.World;
import io.starbridge.sim.event.ContactDetected;
import io.starbridge.sim.event.ContactLost;
import io.starbridge.sim.ship.Kinematics;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.SubsystemKind;
import java.util.Arrays;

/**
 * Each ship sees only what its sensors detect: uncloaked ships within its sensor range, cloaked
 * ones only within its (short) cloak detection range. Both ranges scale with the sensor array's
 * effect (capped at 150 %); destroyed sensors see nothing. A ship sweeps every
 * {@code sensorPeriodTicks} ticks, staggered by id. Lost contacts leave a last-known position.
 *
 * <p>Speed (this is the hottest system with a thousand ships): the grid marks what a sweep finds
 * in a bit set over ship ids, and the sweep diffs it word by word against the contact book's set,
 * so the work per contact that did not change is a few bit operations. A small world (a mission's
 * handful of ships) skips the grid: its present ships' ids, positions and cloaks are copied once a
 * tick into flat arrays, and every sweep tests those directly — the same distance test the grid
 * makes on the same positions (nothing moves between the grid system and this one), without a
 * query, and without the grid's index build when nothing else queries it this tick.
 */
public final class SensorSystem implements SimSystem {
    /** At most this many ships (destroyed ones included) are swept without the grid. */
    static final int DIRECT_SWEEP_MAX_SHIPS = 32;

    /** Ids found by the current sweep, one bit each; all zero between sweeps. */
    private long[] foundBits = new long[16];
    /** Words of {@link #foundBits} in use this tick: enough for the highest ship id. */
    private int words;
    /** This tick's present ships with their cloak engaged, by id (grid sweeps). */
    private int[] cloakedIds = new int[16];
    private int cloakedCount;
    /** Direct sweeps: this tick's present ships (id, position in metres, cloak engaged), ascending ids. */
    private int presentCount;
    private int[] presentIds = new int[DIRECT_SWEEP_MAX_SHIPS];
    private double[] presentX = new double[DIRECT_SWEEP_MAX_SHIPS], presentY = new double[DIRECT_SWEEP_MAX_SHIPS];
    private boolean[] presentCloaked = new boolean[DIRECT_SWEEP_MAX_SHIPS];

    @Override public void run(World world) {
        int n = world.shipCount();
        if (n == 0) return;
        boolean direct = n <= DIRECT_SWEEP_MAX_SHIPS;
        prepare(world, n, direct);
        long tick = world.tick();
        for (int i = 0; i < n; i++) {
            Ship observer = world.shipAt(i);
            if (observer.destroyed()) continue;
            int period = observer.hull().sensorPeriodTicks();
            if (period > 1 && (tick + observer.id()) % period != 0) continue;
            sweep(world, observer, direct);
        }
    }

    private void prepare(World world, int n, boolean direct) {
        // ships are held in ascending id order, so the last has the highest id
        words = (world.shipAt(n - 1).id() >>> 6) + 1;
        if (foundBits.length < words) foundBits = new long[words];
        cloakedCount = 0;
        presentCount = 0;
        for (int i = 0; i < n; i++) {
            Ship s = world.shipAt(i);
            if (!s.present()) continue;
            boolean cloaked = s.cloak.engaged;
            if (direct) {
                Kinematics m = s.motion;
                presentIds[presentCount] = s.id();
                presentX[presentCount] = m.x;
                presentY[presentCount] = m.y;
                presentCloaked[presentCount] = cloaked;
                presentCount++;
            } else if (cloaked) {
                if (cloakedCount == cloakedIds.length) cloakedIds = Arrays.copyOf(cloakedIds, cloakedCount * 2);
                cloakedIds[cloakedCount++] = s.id();
            }
        }
    }

    private void sweep(World world, Ship observer, boolean direct) {
        if (observer.present()) {
            double effect = Math.min(1.5, observer.effect(SubsystemKind.SENSORS));
            var hull = observer.hull();
            double range = hull.sensorRange() * effect;
            double cloakRange = hull.cloakDetectionRange() * effect;
            if (range > 0) {
                Kinematics me = observer.motion;
                if (direct) markWithinDirect(observer.id(), me.x, me.y, range, cloakRange);
                else markWithinGrid(world, observer, me, range, cloakRange);
            }
        }
        reconcile(world, observer);
    }

    /**
     * Marks every present ship but the observer within its limit — the cloak detection range if its
     * cloak is engaged, else the sensor range — by the grid's test {@code dx² + dy² <= limit²}. The
     * grid path marks within the wider range and then unmarks beyond the limit by the same squared
     * distance; as the limit never exceeds the wider range, this one test decides alike.
     */
    private void markWithinDirect(int self, double x, double y, double range, double cloakRange) {
        double range2 = range * range, cloakRange2 = cloakRange * cloakRange;
        long[] bits = foundBits;
        int[] ids = presentIds;
        double[] xs = presentX, ys = presentY;
        boolean[] cloaked = presentCloaked;
        for (int k = 0, n = presentCount; k < n; k++) {
            int id = ids[k];
            if (id == self) continue;
            double dx = xs[k] - x, dy = ys[k] - y;
            if (dx * dx + dy * dy <= (cloaked[k] ? cloakRange2 : range2)) bits[id >>> 6] |= 1L << id;
        }
    }

    private void markWithinGrid(World world, Ship observer, Kinematics me, double range, double cloakRange) {
        double queryRadius = StrictMath.max(range, cloakRange);
        long[] bits = foundBits;
        // the grid marks every present ship within the wider range, the observer included
        world.shipGrid().markWithin(me.x, me.y, queryRadius, bits);
        int self = observer.id();
        bits[self >>> 6] &= ~(1L << self);
        if (range != queryRadius) {
            // a hull that sees cloaked ships farther than others (none yet): check every find
            for (int w = 0; w < words; w++)
                for (long word = bits[w]; word != 0; word &= word - 1)
                    unmarkBeyond(world, (w << 6) + Long.numberOfTrailingZeros(word), me, range, cloakRange);
        } else if (cloakRange != queryRadius) {
            for (int k = 0; k < cloakedCount; k++) {
                int id = cloakedIds[k];
                if ((bits[id >>> 6] & (1L << id)) != 0) unmarkBeyond(world, id, me, range, cloakRange);
            }
        }
    }

    /** Unmarks a found ship beyond its own limit (the cloak range if cloaked, else the sensor range). */
    private void unmarkBeyond(World world, int id, Kinematics me, double range, double cloakRange) {
        Ship target = world.ship(id);
        double limit = target.cloak.engaged ? cloakRange : range;
        if (me.distanceSquaredTo(target.motion.x, target.motion.y) > limit * limit) foundBits[id >>> 6] &= ~(1L << id);
    }

    /**
     * Emits detected/lost events for the ids that differ between the book and this sweep, in
     * ascending id order, stores the new set in the book and clears the sweep's bits.
     */
    private void reconcile(World world, Ship observer) {
        ContactBook book = observer.contacts;
        long[] bits = foundBits;
        boolean anyChanged = false;
        for (int w = 0; w < words; w++) {
            long now = bits[w], before = book.detectedWord(w);
            long changed = now ^ before;
            if (changed == 0) continue;
            anyChanged = true;
            for (; changed != 0; changed &= changed - 1) {
                int bit = Long.numberOfTrailingZeros(changed);
                int id = (w << 6) + bit;
                if ((before & (1L << bit)) != 0) {
                    Ship lost = world.ship(id);
                    book.rememberLost(id, lost.motion.x, lost.motion.y, world.tick());
                    world.emit(new ContactLost(world.tick(), observer.id(), id));
                } else {
                    book.forgetLost(id);
                    world.emit(new ContactDetected(world.tick(), observer.id(), id));
                }
            }
        }
        // an unchanged set stays as it is: the book holds no bits beyond the words (ships are never removed)
        if (anyChanged) book.replaceDetectedWords(bits, words);
        for (int w = 0; w < words; w++) bits[w] = 0L;
    }
}
