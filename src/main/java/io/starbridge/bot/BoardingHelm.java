package io.starbridge.bot;

import io.starbridge.sim.Angles;
import io.starbridge.sim.command.Dock;
import io.starbridge.sim.command.SetHeading;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.command.Undock;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.DockingCommands;
import io.starbridge.sim.interior.Interiors;
import io.starbridge.sim.selfdestruct.SelfDestruct;
import io.starbridge.sim.ship.Ship;

/**
 * Helm's boarding drill, from the moment the target is a derelict in a mission with interiors:
 * close to just off its hull, match its drift and dock; once the self-destruct is armed and the whole
 * living team is back aboard, undock (leaving anyone still across only when less than
 * {@link #LAST_CALL_SECONDS} remain) and run beyond the blast radius.
 */
final class BoardingHelm {
    /** Hull-to-hull gap the helm aims for before docking, metres (the clamps reach 150 m). */
    static final double DOCKING_GAP = 60;
    /** Countdown seconds below which the ship leaves without whoever is still across. */
    static final double LAST_CALL_SECONDS = 45;
    /** Margin beyond the blast radius the helm runs to, metres. */
    static final double SAFE_MARGIN = 4_000;

    private final HelmBot helm;
    private boolean undocked;
    private double lastHeading = Double.NaN, lastThrottle = Double.NaN;

    BoardingHelm(HelmBot helm) { this.helm = helm; }

    /** True when the boarding drill has the helm (the target is a derelict with a deck plan). */
    static boolean active(BotView view) {
        Ship target = view.target();
        return target.derelict() && view.interiors().interior(target.id()) != null
                && view.interiors().interior(view.own().id()) != null;
    }

    void observe(BotView view) {
        Ship own = view.own(), target = view.target();
        Interiors interiors = view.interiors();
        boolean docked = interiors.dockedTo(own.id()) == target.id();
        SelfDestruct sd = view.selfDestruct(target.id());
        if (docked) {
            if (sd != null && sd.armed()) maybeUndock(view, sd);
            return;
        }
        if (view.tick() % HelmBot.CORRECTION_TICKS != 0) return;
        if (undocked || target.destroyed()) {
            runFromBlast(view, sd);
            return;
        }
        approach(view);
    }

    private void maybeUndock(BotView view, SelfDestruct sd) {
        int away = 0;
        for (AwayMember m : view.interiors().team(view.own().id()))
            if (m.alive() && (m.shipId() != view.own().id() || m.inTransit())) away++;
        if (away == 0) {
            helm.intend(view, "undock", o -> new Undock(o, false));
            undocked = true;
        } else if (sd.secondsLeft(view.tick()) < LAST_CALL_SECONDS) {
            helm.intend(view, "undock-leaving", o -> new Undock(o, true));
            undocked = true;
        }
    }

    private void approach(BotView view) {
        Ship own = view.own(), target = view.target();
        double bearing = Angles.bearing(own.motion.x, own.motion.y, target.motion.x, target.motion.y);
        double gap = Interiors.hullGap(own, target);
        double dvx = own.motion.vx - target.motion.vx, dvy = own.motion.vy - target.motion.vy;
        double closing = dvx * StrictMath.cos(bearing) + dvy * StrictMath.sin(bearing);
        double relative = StrictMath.sqrt(dvx * dvx + dvy * dvy);
        if (gap <= DockingCommands.DOCK_RANGE - 20 && relative <= DockingCommands.DOCK_SPEED - 2) {
            int id = target.id();
            helm.intend(view, "dock-".concat(Long.toString(view.tick() / 120)), o -> new Dock(o, id));
            steer(view, bearing, 0);
            return;
        }
        // closing speed wanted: proportional to the gap still to close, at most 80 m/s in, 20 m/s out
        double wanted = StrictMath.max(-20, StrictMath.min(80, (gap - DOCKING_GAP) / 6));
        double throttle = StrictMath.max(-0.5, StrictMath.min(1.0, (wanted - closing) / 20));
        steer(view, bearing, StrictMath.rint(throttle * 20) / 20);
    }

    private void runFromBlast(BotView view, SelfDestruct sd) {
        Ship own = view.own(), target = view.target();
        double radius = sd == null ? 0 : sd.blastRadius();
        double distance = own.motion.distanceTo(target.motion);
        double away = Angles.bearing(target.motion.x, target.motion.y, own.motion.x, own.motion.y);
        steer(view, away, distance < radius + SAFE_MARGIN ? 1.0 : 0.0);
    }

    private void steer(BotView view, double heading, double throttle) {
        if (Double.isNaN(lastHeading) || StrictMath.abs(Angles.delta(lastHeading, heading)) > 0.03) {
            lastHeading = heading;
            helm.forget("board-heading");
            helm.intend(view, "board-heading", o -> new SetHeading(o, heading));
        }
        if (throttle != lastThrottle) {
            lastThrottle = throttle;
            helm.forget("board-throttle");
            helm.intend(view, "board-throttle", o -> new SetThrottle(o, throttle));
        }
    }
}
