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
import java.util.List;

/**
 * Each ship sees only what its sensors detect: uncloaked ships within its sensor range, cloaked
 * ones only within its (short) cloak detection range. Both ranges scale with the sensor array's
 * effect (capped at 150 %); destroyed sensors see nothing. A ship sweeps every
 * {@code sensorPeriodTicks} ticks, staggered by id. Lost contacts leave a last-known position.
 *
 * <p>Speed (this is the hottest system with a thousand ships): the grid marks what a sweep finds
 * in a bit set over ship ids, and the sweep diffs it word by word against the contact book's set,
 * so the work per contact that did not change is a few bit operations.
 */
public final class SensorSystem implements SimSystem {
    /** Ids found by the current sweep, one bit each; all zero between sweeps. */
    private long[] foundBits = new long[16];
    /** Words of {@link #foundBits} in use this tick: enough for the highest ship id. */
    private int words;
    /** This tick's present ships with their cloak engaged, by id. */
    private int[] cloakedIds = new int[16];
    private int cloakedCount;

    @Override public void run(World world) {
        List<Ship> ships = world.ships();
        if (ships.isEmpty()) return;
        prepare(world, ships);
        for (int i = 0; i < ships.size(); i++) {
            Ship observer = ships.get(i);
            if (observer.destroyed()) continue;
            int period = observer.hull().sensorPeriodTicks();
            if (period > 1 && (world.tick() + observer.id()) % period != 0) continue;
            sweep(world, observer);
        }
    }

    private void prepare(World world, List<Ship> ships) {
        // ships are held in ascending id order, so the last has the highest id
        words = (ships.get(ships.size() - 1).id() >>> 6) + 1;
        if (foundBits.length < words) foundBits = new long[words];
        cloakedCount = 0;
        for (int i = 0; i < ships.size(); i++) {
            Ship s = ships.get(i);
            if (s.present() && s.cloak.engaged) {
                if (cloakedCount == cloakedIds.length) cloakedIds = Arrays.copyOf(cloakedIds, cloakedCount * 2);
                cloakedIds[cloakedCount++] = s.id();
            }
        }
    }

    private void sweep(World world, Ship observer) {
        if (observer.present()) {
            double effect = Math.min(1.5, observer.effect(SubsystemKind.SENSORS));
            double range = observer.hull().sensorRange() * effect;
            double cloakRange = observer.hull().cloakDetectionRange() * effect;
            if (range > 0) {
                Kinematics me = observer.motion;
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
        }
        reconcile(world, observer);
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
        for (int w = 0; w < words; w++) {
            long now = bits[w], before = book.detectedWord(w);
            for (long changed = now ^ before; changed != 0; changed &= changed - 1) {
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
        book.replaceDetectedWords(bits, words);
        Arrays.fill(bits, 0, words, 0L);
    }
}
