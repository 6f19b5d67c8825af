package io.starbridge.bot;

import io.starbridge.sim.SimRandom;
import io.starbridge.sim.command.LaunchTorpedo;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetBeamsFiring;
import io.starbridge.sim.command.SetWeaponsTarget;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import java.util.List;

/**
 * Weapons: once the target is scanned, trains on its critical subsystems first (weapons control,
 * so it stops shooting back; then the reactor, the main drive, the sensor array), then the
 * secondary ones; fires beams from the captain's release and a torpedo whenever a tube is loaded.
 */
final class WeaponsBot extends StationBot {
    /** Target order: critical subsystems first, then secondary. */
    static final List<String> PRIORITY = List.of(
            "weapons-control", "reactor", "main-drive", "sensor-array",
            "point-defence", "shield-emitters", "jump-drive", "hangar", "life-support");
    /** Seconds between torpedo orders (the tubes' reload). */
    static final int TORPEDO_INTERVAL_TICKS = 6 * 60;

    private String aimedAt;
    private long lastTorpedoTick = -TORPEDO_INTERVAL_TICKS;

    WeaponsBot(int shipId, SimRandom random) { super(Role.WEAPONS, shipId, random); }

    @Override void observe(BotView view, List<SimEvent> events) {
        Ship own = view.own();
        if (!view.targetScanned() || !own.present()) return;
        String next = nextTarget(view);
        if (next != null && !next.equals(aimedAt)) {
            aimedAt = next;
            int target = view.intel().targetShipId();
            intend(view, "target-" + next, o -> new SetWeaponsTarget(o, target, next));
        }
        if (!own.weapons.released || own.weapons.targetShipId < 0) return;
        intend(view, "beams", o -> new SetBeamsFiring(o, true));
        if (own.weapons.torpedoesLeft > 0 && view.tick() - lastTorpedoTick >= TORPEDO_INTERVAL_TICKS
                && view.detectedTarget() != null) {
            lastTorpedoTick = view.tick();
            intend(view, "torpedo-" + view.tick(), LaunchTorpedo::new);
        }
    }

    private static String nextTarget(BotView view) {
        for (String id : PRIORITY) {
            Subsystem s = view.scannedSubsystem(id);
            if (s != null && !s.destroyed()) return id;
        }
        return null;
    }
}
