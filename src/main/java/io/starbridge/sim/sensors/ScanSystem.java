package io.starbridge.sim.sensors;

import io.starbridge.sim.SimSystem;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.event.ScanCompleted;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.SubsystemKind;

/**
 * Science scans progress while the target stays detected, at a speed set by the sensors' effect
 * (a full scan takes the hull's {@code scanSeconds} at 100 %). A completed scan reveals the
 * target's subsystems (position, class, health) to the scanning ship; a lost contact pauses it.
 */
public final class ScanSystem implements SimSystem {
    @Override public void run(World world) {
        for (int i = 0, n = world.shipCount(); i < n; i++) {
            Ship ship = world.shipAt(i);
            if (ship.scanTargetId < 0 || !ship.present()) continue;
            if (!ship.contacts.detects(ship.scanTargetId)) continue;
            double effect = Math.min(1.5, ship.effect(SubsystemKind.SENSORS));
            ship.scanProgress = StrictMath.min(1.0, ship.scanProgress + effect * Tick.DT / ship.hull().scanSeconds());
            if (ship.scanProgress >= 1.0) {
                ship.contacts.markScanned(ship.scanTargetId);
                world.emit(new ScanCompleted(world.tick(), ship.id(), ship.scanTargetId));
                ship.scanTargetId = -1;
                ship.scanProgress = 0;
            }
        }
    }
}
