package io.starbridge.bot;

import io.starbridge.scenario.BotProfile;
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
 * Weapons: once the target is scanned, trains on its subsystems in the profile's target order (by
 * default its critical subsystems first: weapons control, so it stops shooting back; then the reactor,
 * the main drive, the sensor array; then the secondary ones); fires beams from the captain's release
 * and, unless the profile says no {@code torpedoes}, orders a torpedo every torpedo interval.
 */
final class WeaponsBot extends StationBot {

    private static final Function<CommandOrigin, Command> FIRE_BEAMS = o -> new SetBeamsFiring(o, true);
    private static final Function<CommandOrigin, Command> LAUNCH = LaunchTorpedo::new;

    /** Subsystem ids to train on, first standing one first. */
    private final List<String> priority;
    private final boolean torpedoes;
    /** Ticks between torpedo orders (launches wait for a loaded tube). */
    private final int torpedoIntervalTicks;
    private String aimedAt;
    /**
     * Index in {@link #priority} before which every subsystem is known destroyed or absent: destroyed
     * subsystems are never repaired and the briefed target never changes, so the search resumes here.
     */
    private int firstStanding;
    private long lastTorpedoTick;

    WeaponsBot(int shipId, SimRandom random, BotProfile profile) {
        super(Role.WEAPONS, shipId, random, profile);
        this.priority = profile.targetOrder();
        this.torpedoes = profile.torpedoes();
        this.torpedoIntervalTicks = profile.torpedoIntervalTicks();
        this.lastTorpedoTick = -torpedoIntervalTicks; // the first order goes at once
    }

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
        if (torpedoes && own.weapons.torpedoesLeft > 0 && view.tick() - lastTorpedoTick >= torpedoIntervalTicks
                && view.detectedTarget() != null) {
            lastTorpedoTick = view.tick();
            intend(view, "torpedo-".concat(Long.toString(view.tick())), LAUNCH);
        }
    }

    /** The first standing subsystem in priority order, or null; the target is scanned (checked by the caller). */
    private String nextTarget(Ship target) {
        List<String> priority = this.priority;
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
