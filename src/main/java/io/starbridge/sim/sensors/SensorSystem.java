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
 */
public final class SensorSystem implements SimSystem {
    private int[] found = new int[64];
    private int foundCount;

    @Override public void run(World world) {
        List<Ship> ships = world.ships();
        for (Ship observer : ships) {
            if (observer.destroyed()) continue;
            int period = observer.hull().sensorPeriodTicks();
            if (period > 1 && (world.tick() + observer.id()) % period != 0) continue;
            sweep(world, observer);
        }
    }

    private void sweep(World world, Ship observer) {
        foundCount = 0;
        if (observer.present()) {
            double effect = Math.min(1.5, observer.effect(SubsystemKind.SENSORS));
            double range = observer.hull().sensorRange() * effect;
            double cloakRange = observer.hull().cloakDetectionRange() * effect;
            Kinematics me = observer.motion;
            List<Ship> ships = world.ships();
            if (range > 0) world.shipGrid().query(me.x, me.y, range, index -> {
                Ship target = ships.get(index);
                if (target == observer) return;
                double limit = target.cloak.engaged ? cloakRange : range;
                if (me.distanceSquaredTo(target.motion.x, target.motion.y) <= limit * limit) add(target.id());
            });
            Arrays.sort(found, 0, foundCount);
        }
        reconcile(world, observer);
    }

    private void add(int id) {
        if (foundCount == found.length) found = Arrays.copyOf(found, foundCount * 2);
        found[foundCount++] = id;
    }

    /** Emits detected/lost events for the difference between the old and new sets (both sorted). */
    private void reconcile(World world, Ship observer) {
        ContactBook book = observer.contacts;
        int[] old = book.detectedIds();
        int i = 0, j = 0;
        while (i < old.length || j < foundCount) {
            if (j == foundCount || (i < old.length && old[i] < found[j])) {
                Ship lost = world.ship(old[i]);
                book.rememberLost(lost.id(), lost.motion.x, lost.motion.y, world.tick());
                world.emit(new ContactLost(world.tick(), observer.id(), lost.id()));
                i++;
            } else if (i == old.length || found[j] < old[i]) {
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
