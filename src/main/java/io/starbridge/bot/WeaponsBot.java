package io.starbridge.bot;

import io.starbridge.sim.SimRandom;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.LaunchTorpedo;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetBeamsFiring;
import io.starbridge.sim.command.SetWeaponsTarget;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import java.util.List;
import java.util.function.Function;

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

    private static final Function<CommandOrigin, Command> FIRE_BEAMS = o -> new SetBeamsFiring(o, true);
    private static final Function<CommandOrigin, Command> LAUNCH = LaunchTorpedo::new;

    private String aimedAt;
    /**
     * Index in {@link #PRIORITY} before which every subsystem is known destroyed or absent: destroyed
     * subsystems are never repaired and the briefed target never changes, so the search resumes here.
     */
    private int firstStanding;
    private long lastTorpedoTick = -TORPEDO_INTERVAL_TICKS;

    WeaponsBot(int shipId, SimRandom random) { super(Role.WEAPONS, shipId, random); }

    @Override void observe(BotView view, List<SimEvent> events) {
        Ship own = view.own();
        if (!view.targetScanned() || !own.present()) return;
        String next = nextTarget(view.target());
        if (next != null && !next.equals(aimedAt)) {
            aimedAt = next;
            int target = view.intel().targetShipId();
            intend(view, "target-".concat(next), new Aim(target, next));
        }
        if (!own.weapons.released || own.weapons.targetShipId < 0) return;
        intend(view, "beams", FIRE_BEAMS);
        if (own.weapons.torpedoesLeft > 0 && view.tick() - lastTorpedoTick >= TORPEDO_INTERVAL_TICKS
                && view.detectedTarget() != null) {
            lastTorpedoTick = view.tick();
            intend(view, "torpedo-".concat(Long.toString(view.tick())), LAUNCH);
        }
    }

    /** The first standing subsystem in priority order, or null; the target is scanned (checked by the caller). */
    private String nextTarget(Ship target) {
        List<String> priority = PRIORITY;
        for (int i = firstStanding, n = priority.size(); i < n; i++) {
            String id = priority.get(i);
            Subsystem s = target.subsystem(id);
            if (s != null && !s.destroyed()) return id;
            firstStanding = i + 1;
        }
        return null;
    }

    /** Trains the weapons on a ship's subsystem; a class rather than a lambda, which a cold JVM would link mid-mission. */
    private record Aim(int targetShipId, String subsystemId) implements Function<CommandOrigin, Command> {
        @Override public Command apply(CommandOrigin o) { return new SetWeaponsTarget(o, targetShipId, subsystemId); }
    }
}
