package io.starbridge.sim.ship;

import io.starbridge.sim.SimRandom;
import io.starbridge.sim.SimSystem;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.event.JumpCompleted;
import io.starbridge.sim.event.JumpSpooled;

/**
 * Spools the hyperspace drive (speed scales with its effect), counts the dwell in hyperspace and
 * drops the ship uniformly within the drive's scatter disc around the aim point. The scatter is
 * drawn from the world's {@link SimRandom}, so a replay drops at the same spot.
 */
public final class JumpDriveSystem implements SimSystem {
    @Override public void run(World world) {
        for (int i = 0, n = world.shipCount(); i < n; i++) {
            Ship ship = world.shipAt(i);
            JumpState jump = ship.jump;
            // compared by identity: an enum switch reads a synthetic lookup table first
            JumpPhase phase = jump.phase;
            if (phase == JumpPhase.SPOOLING) {
                if (!ship.destroyed()) spool(world, ship);
            } else if (phase == JumpPhase.IN_HYPERSPACE && !ship.destroyed()) {
                // the entry tick counts as one in hyperspace: a dwell of D ticks drops at entry + D
                if (jump.dwellTicksLeft <= 0) drop(world, ship);
                else jump.dwellTicksLeft--;
            }
        }
    }

    private static void spool(World world, Ship ship) {
        JumpState jump = ship.jump;
        double rate = ship.effect(SubsystemKind.JUMP_DRIVE) / ship.hull().jumpDrive().spoolSeconds();
        jump.spool = StrictMath.min(1.0, jump.spool + rate * Tick.DT);
        if (jump.spool >= 1.0) {
            jump.phase = JumpPhase.READY;
            world.emit(new JumpSpooled(world.tick(), ship.id()));
        }
    }

    private static void drop(World world, Ship ship) {
        JumpState jump = ship.jump;
        SimRandom random = world.random();
        double angle = random.nextDouble() * 2 * StrictMath.PI;
        // sqrt of a uniform draw spreads points evenly over the disc's area
        double r = ship.hull().jumpDrive().scatterRadius() * StrictMath.sqrt(random.nextDouble());
        Kinematics m = ship.motion;
        m.x = jump.aimX + r * StrictMath.cos(angle);
        m.y = jump.aimY + r * StrictMath.sin(angle);
        m.vx = 0;
        m.vy = 0;
        jump.phase = JumpPhase.IDLE;
        jump.spool = 0;
        jump.dwellTicksLeft = 0;
        world.emit(new JumpCompleted(world.tick(), ship.id(), m.x, m.y, r));
    }

    /** Ticks spent in hyperspace for a jump of this length, metres. */
    static int dwellTicks(JumpDriveSpec drive, double distance) {
        return Tick.ofSeconds(StrictMath.max(drive.minDwellSeconds(), distance / drive.hyperSpeed()));
    }
}
