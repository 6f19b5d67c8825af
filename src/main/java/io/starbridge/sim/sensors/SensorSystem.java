package io.starbridge.sim.sensors;

import io.starbridge.sim.ContactBook;
import io.starbridge.sim.SimSystem;
import io.starbridge.sim.SpatialGrid;
import io.starbridge.sim.World;
import io.starbridge.sim.event.ContactDetected;
import io.starbridge.sim.event.ContactLost;
import io.starbridge.sim.ship.Kinematics;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.SubsystemKind;
import java.util.Arrays;
import java.util.List;

/**
 * Each ship sees only what its sensors detect: uncloaked ships within its sensor range, cloaked
 * ones only within its (short) cloak detection range. Both ranges scale with the sensor array's
 * effect (capped at 150 %); destroyed sensors see nothing. A ship sweeps every
 * {@code sensorPeriodTicks} ticks, staggered by id. Lost contacts leave a last-known position.
 *
 * <p>Speed (this is the hottest system with a thousand ships): a sweep marks what it finds in a
 * bit set over ship indexes, which reads back in ascending id order with no sort, and the grid
 * does the range test on its packed coordinates.
 */
public final class SensorSystem implements SimSystem {
    private int[] found = new int[64];
    private int foundCount;
    /** Indexes into {@code world.ships()} found by the current sweep, one bit each; all zero between sweeps. */
    private long[] foundBits = new long[16];

    // the current sweep, read by the grid visitor (a field-backed visitor allocates nothing per sweep)
    private List<Ship> sweepShips;
    private Ship sweepObserver;
    private double sweepRange, sweepCloakRange, sweepQueryRadius;
    private final SpatialGrid.ItemVisitor collect = this::collect;

    @Override public void run(World world) {
        List<Ship> ships = world.ships();
        for (int i = 0; i < ships.size(); i++) {
            Ship observer = ships.get(i);
            if (observer.destroyed()) continue;
            int period = observer.hull().sensorPeriodTicks();
            if (period > 1 && (world.tick() + observer.id()) % period != 0) continue;
            sweep(world, observer);
        }
        sweepShips = null;
        sweepObserver = null;
    }

    private void sweep(World world, Ship observer) {
        foundCount = 0;
        if (observer.present()) {
            double effect = Math.min(1.5, observer.effect(SubsystemKind.SENSORS));
            double range = observer.hull().sensorRange() * effect;
            double cloakRange = observer.hull().cloakDetectionRange() * effect;
            if (range > 0) {
                List<Ship> ships = world.ships();
                int words = (ships.size() + 63) >>> 6;
                if (foundBits.length < words) foundBits = new long[words];
                sweepShips = ships;
                sweepObserver = observer;
                sweepRange = range;
                sweepCloakRange = cloakRange;
                sweepQueryRadius = StrictMath.max(range, cloakRange);
                Kinematics me = observer.motion;
                world.shipGrid().queryWithin(me.x, me.y, sweepQueryRadius, collect);
                readFound(ships, words);
            }
        }
        reconcile(world, observer);
    }

    /** Grid visitor: the grid has checked the query radius; checks the target's own limit if narrower. */
    private void collect(int index) {
        Ship target = sweepShips.get(index);
        if (target == sweepObserver) return;
        double limit = target.cloak.engaged ? sweepCloakRange : sweepRange;
        if (limit != sweepQueryRadius
                && sweepObserver.motion.distanceSquaredTo(target.motion.x, target.motion.y) > limit * limit) return;
        foundBits[index >>> 6] |= 1L << index;
    }

    /** Turns the bit set into ids (ascending, as ships are held in id order) and clears it. */
    private void readFound(List<Ship> ships, int words) {
        for (int w = 0; w < words; w++) {
            long bits = foundBits[w];
            if (bits == 0) continue;
            foundBits[w] = 0;
            while (bits != 0) {
                int index = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (foundCount == found.length) found = Arrays.copyOf(found, foundCount * 2);
                found[foundCount++] = ships.get(index).id();
            }
        }
    }

    /** Emits detected/lost events for the difference between the old and new sets (both sorted). */
    private void reconcile(World world, Ship observer) {
        ContactBook book = observer.contacts;
        int oldCount = book.detectedCount();
        int i = 0, j = 0;
        while (i < oldCount || j < foundCount) {
            int old = i < oldCount ? book.detectedAt(i) : 0;
            if (j == foundCount || (i < oldCount && old < found[j])) {
                Ship lost = world.ship(old);
                book.rememberLost(lost.id(), lost.motion.x, lost.motion.y, world.tick());
                world.emit(new ContactLost(world.tick(), observer.id(), lost.id()));
                i++;
            } else if (i == oldCount || found[j] < old) {
                book.forgetLost(found[j]);
                world.emit(new ContactDetected(world.tick(), observer.id(), found[j]));
                j++;
            } else {
                i++;
                j++;
            }
        }
        book.replaceDetected(found, foundCount);
    }
}
