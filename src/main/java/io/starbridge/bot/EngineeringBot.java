package io.starbridge.bot;

import io.starbridge.sim.SimRandom;
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

/**
 * Engineering: spools the drive once helm has plotted, engages the cloak the moment the ship drops
 * (the drill's first figure), shifts power from shields and the jump drive to the cloak while
 * cloaked, back to shields and weapons once the ship is revealed, and keeps the repair crew busy.
 */
final class EngineeringBot extends StationBot {
    EngineeringBot(int shipId, SimRandom random) { super(Role.ENGINEERING, shipId, random); }

    @Override void observe(BotView view, List<SimEvent> events) {
        Ship own = view.own();
        if (own.jump.phase == JumpPhase.PLOTTED) intend(view, "spool", SpoolJumpDrive::new);
        for (SimEvent e : events) {
            if (e instanceof JumpCompleted j && j.shipId() == own.id()) {
                // drilled: the cloak key is under the hand before the drop
                intend(view, "cloak", o -> new SetCloak(o, true));
                intendAfter(view, "power-shields-off", reactionTicks() * 2, o -> new SetPower(o, "shields", 0));
                intendAfter(view, "power-jump-off", reactionTicks() * 2, o -> new SetPower(o, "jump", 0));
            }
            if (e instanceof CloakDisengaged c && c.shipId() == own.id() && !c.reason().equals("ordered")) {
                intend(view, "power-shields-up", o -> new SetPower(o, "shields", 1.5));
                intendAfter(view, "power-weapons-up", reactionTicks() * 2, o -> new SetPower(o, "weapons", 1.5));
                intendAfter(view, "power-cloak-off", reactionTicks() * 3, o -> new SetPower(o, "cloak", 0));
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
        String key = "repair-" + id + "-" + view.tick();
        intend(view, key, o -> new RepairSubsystem(o, id));
    }
}
