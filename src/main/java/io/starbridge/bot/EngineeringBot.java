package io.starbridge.bot;

import io.starbridge.scenario.BotProfile;
import io.starbridge.sim.SimRandom;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.RepairSubsystem;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetCloak;
import io.starbridge.sim.command.SetPower;
import io.starbridge.sim.command.SpoolJumpDrive;
import io.starbridge.sim.event.CloakDisengaged;
import io.starbridge.sim.event.JumpCompleted;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.JumpPhase;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import java.util.List;
import java.util.function.Function;

/**
 * Engineering: spools the drive once helm has plotted, engages the cloak the moment the ship drops
 * (the drill's first figure), shifts power from shields and the jump drive to the cloak while
 * cloaked, back to shields and weapons once the ship is revealed, and keeps the repair crew busy.
 * A crew whose profile says no {@code cloakOnDrop} arrives uncloaked and leaves the power as it is.
 */
final class EngineeringBot extends StationBot {
    private static final Function<CommandOrigin, Command> SPOOL = SpoolJumpDrive::new;
    private static final Function<CommandOrigin, Command> ENGAGE_CLOAK = o -> new SetCloak(o, true);
    private static final Function<CommandOrigin, Command> SHIELDS_OFF = o -> new SetPower(o, "shields", 0);
    private static final Function<CommandOrigin, Command> JUMP_DRIVE_OFF = o -> new SetPower(o, "jump", 0);
    private static final Function<CommandOrigin, Command> SHIELDS_UP = o -> new SetPower(o, "shields", 1.5);
    private static final Function<CommandOrigin, Command> WEAPONS_UP = o -> new SetPower(o, "weapons", 1.5);
    private static final Function<CommandOrigin, Command> CLOAK_OFF = o -> new SetPower(o, "cloak", 0);

    private final boolean cloakOnDrop;

    EngineeringBot(int shipId, SimRandom random, BotProfile profile) {
        super(Role.ENGINEERING, shipId, random, profile);
        this.cloakOnDrop = profile.cloakOnDrop();
    }

    @Override void observe(BotView view, List<SimEvent> events) {
        Ship own = view.own();
        if (own.jump.phase == JumpPhase.PLOTTED) intend(view, "spool", SPOOL);
        for (int i = 0, n = events.size(); i < n; i++) { // indexed: no iterator on the many eventless looks
            SimEvent e = events.get(i);
            if (cloakOnDrop && e instanceof JumpCompleted j && j.shipId() == own.id()) {
                // drilled: the cloak key is under the hand before the drop
                intend(view, "cloak", ENGAGE_CLOAK);
                intendAfter(view, "power-shields-off", reactionTicks() * 2, SHIELDS_OFF);
                intendAfter(view, "power-jump-off", reactionTicks() * 2, JUMP_DRIVE_OFF);
            }
            if (e instanceof CloakDisengaged c && c.shipId() == own.id() && !c.reason().equals("ordered")) {
                intend(view, "power-shields-up", SHIELDS_UP);
                intendAfter(view, "power-weapons-up", reactionTicks() * 2, WEAPONS_UP);
                intendAfter(view, "power-cloak-off", reactionTicks() * 3, CLOAK_OFF);
            }
        }
        if (own.repairIndex < 0 && view.tick() % 30 == 0) repairWorst(view, own);
    }

    private void repairWorst(BotView view, Ship own) {
        Subsystem worst = null;
        for (int i = 0; i < own.subsystemCount(); i++) {
            Subsystem s = own.subsystem(i);
            if (s.destroyed() || s.healthFraction() > 0.95) continue;
            if (worst == null || s.healthFraction() < worst.healthFraction()) worst = s;
        }
        if (worst == null) return;
        String id = worst.id();
        String key = "repair-".concat(id).concat("-").concat(Long.toString(view.tick()));
        intend(view, key, new Repair(id));
    }

    /** Sends the repair crew to a subsystem; a class rather than a lambda, which a cold JVM would link mid-mission. */
    private record Repair(String subsystemId) implements Function<CommandOrigin, Command> {
        @Override public Command apply(CommandOrigin o) { return new RepairSubsystem(o, subsystemId); }
    }
}
