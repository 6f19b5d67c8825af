package io.starbridge.bot;

import io.starbridge.scenario.BotProfile;
import io.starbridge.sim.SimRandom;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.ExecuteJump;
import io.starbridge.sim.command.ReleaseWeapons;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.JumpPhase;
import io.starbridge.sim.ship.Ship;
import java.util.List;
import java.util.function.Function;

/**
 * Captain: orders the jump once the drive is spooled, and gives the execute order that releases
 * the weapons once the target is scanned, trained on and within beam range.
 */
final class CaptainBot extends StationBot {
    private static final Function<CommandOrigin, Command> JUMP = ExecuteJump::new;
    private static final Function<CommandOrigin, Command> HOLD_FIRE = o -> new ReleaseWeapons(o, false);
    private static final Function<CommandOrigin, Command> EXECUTE = o -> new ReleaseWeapons(o, true);

    /** Metres beyond the target's hull radius within which the captain releases the weapons. */
    private final double releaseRange;

    CaptainBot(int shipId, SimRandom random, BotProfile profile) {
        super(Role.CAPTAIN, shipId, random, profile);
        this.releaseRange = profile.releaseRangeMetres();
    }

    @Override void observe(BotView view, List<SimEvent> events) {
        Ship own = view.own();
        if (own.jump.phase == JumpPhase.READY) intend(view, "jump", JUMP);
        // a boarding mission: hold fire on the derelict, the team is going aboard
        if (view.target().derelict() && view.interiors().interior(view.target().id()) != null && own.weapons.released)
            intend(view, "hold-fire", HOLD_FIRE);
        Ship target = view.detectedTarget();
        if (target != null && view.targetScanned() && own.weapons.targetShipId == target.id()
                && own.motion.distanceTo(target.motion) < releaseRange + target.hull().radius())
            intend(view, "execute", EXECUTE);
    }
}
