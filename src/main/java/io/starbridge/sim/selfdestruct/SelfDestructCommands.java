package io.starbridge.sim.selfdestruct;

import io.starbridge.sim.Systems;
import io.starbridge.sim.World;
import io.starbridge.sim.command.AbortSelfDestruct;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.event.SelfDestructAborted;
import io.starbridge.sim.event.SelfDestructArmed;
import io.starbridge.sim.event.SelfDestructConfirmed;
import io.starbridge.sim.ship.Ship;

/**
 * Validates and applies confirmations and aborts. The person is the command's sender; their hand
 * is on the console of the target ship's bridge — through an away-team member standing there, or,
 * for the captain and the own ship, from the bridge itself.
 */
public final class SelfDestructCommands {
    private SelfDestructCommands() {}

    public static void register(Systems.Registry registry) {
        registry.put(io.starbridge.sim.command.ConfirmSelfDestruct.class,
                (w, s, c) -> confirm(w, c.origin(), c.targetShipId(), c.memberAtConsole(), false));
        registry.put(AbortSelfDestruct.class,
                (w, s, c) -> confirm(w, c.origin(), c.targetShipId(), c.memberAtConsole(), true));
    }

    private static String confirm(World world, CommandOrigin origin, int targetId, int memberAtConsole, boolean abort) {
        Ship target = world.ship(targetId);
        if (target == null) return "there is no ship " + targetId;
        if (target.destroyed()) return target.name() + " is already destroyed";
        SelfDestruct sd = world.selfDestructs().of(targetId);
        if (sd == null) return target.name() + " has no self-destruct";
        if (!abort && sd.armed) return "the self-destruct of " + target.name() + " is already armed";
        if (abort && !sd.armed) return "the self-destruct of " + target.name() + " is not armed";
        String where = atConsole(world, origin, targetId, memberAtConsole);
        if (where != null) return where;

        String person = origin.memberId();
        world.emit(new SelfDestructConfirmed(world.tick(), targetId, person, abort));
        if (!abort && sd.arming.confirm(person, world.tick())) {
            sd.armed = true;
            sd.detonationTick = world.tick() + sd.countdownTicks();
            sd.aborting.clear();
            world.emit(new SelfDestructArmed(world.tick(), targetId, sd.detonationTick));
        } else if (abort && sd.aborting.confirm(person, world.tick())) {
            sd.armed = false;
            sd.detonationTick = -1;
            sd.arming.clear();
            world.emit(new SelfDestructAborted(world.tick(), targetId));
        }
        return null;
    }

    private static String atConsole(World world, CommandOrigin origin, int targetId, int memberAtConsole) {
        if (memberAtConsole < 0) {
            if (origin.role() == Role.CAPTAIN && origin.shipId() == targetId) return null;
            return "only the captain reaches the own ship's console without a member; name the member at the console";
        }
        return world.whereabouts().reasonNotOnBridge(origin.shipId(), memberAtConsole, targetId);
    }
}
