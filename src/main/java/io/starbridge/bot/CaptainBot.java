package io.starbridge.bot;

import io.starbridge.sim.SimRandom;
import io.starbridge.sim.command.ExecuteJump;
import io.starbridge.sim.command.ReleaseWeapons;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.JumpPhase;
import io.starbridge.sim.ship.Ship;
import java.util.List;

/**
 * Captain: orders the jump once the drive is spooled, and gives the execute order that releases
 * the weapons once the target is scanned, trained on and within beam range.
 */
final class CaptainBot extends StationBot {
    /** Range from the target's centre under which the captain releases the weapons, metres. */
    static final double RELEASE_RANGE = 4_500;

    CaptainBot(int shipId, SimRandom random) { super(Role.CAPTAIN, shipId, random); }

    @Override void observe(BotView view, List<SimEvent> events) {
        Ship own = view.own();
        if (own.jump.phase == JumpPhase.READY) intend(view, "jump", ExecuteJump::new);
        // a boarding mission: hold fire on the derelict, the team is going aboard
        if (view.target().derelict() && view.interiors().interior(view.target().id()) != null && own.weapons.released)
            intend(view, "hold-fire", o -> new ReleaseWeapons(o, false));
        Ship target = view.detectedTarget();
        if (target != null && view.targetScanned() && own.weapons.targetShipId == target.id()
                && own.motion.distanceTo(target.motion) < RELEASE_RANGE + target.hull().radius())
            intend(view, "execute", o -> new ReleaseWeapons(o, true));
    }
}
