package io.starbridge.bot;

import io.starbridge.scenario.BotProfile;
import io.starbridge.sim.Angles;
import io.starbridge.sim.SimRandom;
import io.starbridge.sim.Tick;
import io.starbridge.sim.command.CombatManeuver;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.PlotJump;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetHeading;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.event.ShipHit;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.JumpPhase;
import io.starbridge.sim.ship.Ship;
import java.util.List;
import java.util.function.Function;

/**
 * Helm: plots the briefed jump, then after the drop keeps the target at the profile's standoff range,
 * nose on, and (unless the profile says no {@code evade}) fires an evasive strafe burst when a torpedo
 * closes within its evade range or the ship is hit.
 */
final class HelmBot extends StationBot {
    /** Ticks between helm corrections (a helmsman adjusts a few times a second). */
    static final int CORRECTION_TICKS = 15;

    /** Range the helm holds from the target's centre, metres. */
    private final double standoff;
    /** False: the helm never fires an evasive burst, whatever hits or closes in. */
    private final boolean evasive;
    /** A hostile torpedo closer than this, metres, triggers an evasive burst. */
    private final double evadeRange;

    private boolean dropped;
    private int evadeCount;
    /** No new burst is planned before this tick: the last one must be sent and spent first. */
    private long nextEvadeTick;
    private double lastHeading = Double.NaN, lastThrottle = Double.NaN;
    /** The boarding drill, once the target is a derelict that can be boarded. */
    private BoardingHelm boarding;

    HelmBot(int shipId, SimRandom random, BotProfile profile) {
        super(Role.HELM, shipId, random, profile);
        this.standoff = profile.standoffMetres();
        this.evasive = profile.evade();
        this.evadeRange = profile.evadeRangeMetres();
    }

    @Override void observe(BotView view, List<SimEvent> events) {
        Ship own = view.own();
        if (own.jump.phase == JumpPhase.IDLE && !dropped)
            intend(view, "plot", new Plot(view.intel().aimX(), view.intel().aimY()));
        for (int i = 0, n = events.size(); i < n; i++) { // indexed: no iterator on the many eventless looks
            SimEvent e = events.get(i);
            if (e instanceof io.starbridge.sim.event.JumpCompleted j && j.shipId() == own.id()) dropped = true;
            if (e instanceof ShipHit h && h.targetId() == own.id()) evade(view);
        }
        if (!dropped || !own.present()) return;
        if (BoardingHelm.active(view)) {
            if (boarding == null) boarding = new BoardingHelm(this);
            boarding.observe(view);
            return;
        }
        // no torpedo search for a crew that never evades: it draws nothing, so skipping it changes no run
        double[] torpedo = evasive ? view.nearestIncomingTorpedo() : null;
        if (torpedo != null && torpedo[0] < evadeRange) evade(view);
        if (view.tick() % CORRECTION_TICKS == 0) holdStandoff(view);
    }

    private void evade(BotView view) {
        Ship own = view.own();
        if (!evasive || view.tick() < nextEvadeTick || own.helm.overheated || own.helm.burstTicksLeft > 0
                || own.helm.maneuverCharge < own.hull().maneuver().chargeCost()) return;
        double side = evadeCount % 2 == 0 ? 1 : -1;
        int delay = reactionTicks();
        intendAfter(view, "evade-".concat(Integer.toString(evadeCount++)), delay, new Evade(side));
        // wait for the burst to be sent and to push before judging the next threat
        nextEvadeTick = view.tick() + delay + 1 + Tick.ofSeconds(own.hull().maneuver().burstSeconds());
    }

    private void holdStandoff(BotView view) {
        Ship own = view.own();
        Ship target = view.detectedTarget();
        if (target == null) return;
        double bearing = Angles.bearing(own.motion.x, own.motion.y, target.motion.x, target.motion.y);
        double distance = own.motion.distanceTo(target.motion);
        // closing speed wanted: proportional to the range error, at most 80 m/s either way
        double wanted = StrictMath.max(-80, StrictMath.min(80, (distance - standoff) / 8));
        double closing = own.motion.vx * StrictMath.cos(bearing) + own.motion.vy * StrictMath.sin(bearing);
        double throttle = StrictMath.max(-0.5, StrictMath.min(1.0, (wanted - closing) / 30));
        throttle = StrictMath.rint(throttle * 10) / 10;
        if (Double.isNaN(lastHeading) || StrictMath.abs(Angles.delta(lastHeading, bearing)) > 0.03) {
            lastHeading = bearing;
            forget("heading");
            intend(view, "heading", new Steer(bearing));
        }
        if (throttle != lastThrottle) {
            lastThrottle = throttle;
            forget("throttle");
            intend(view, "throttle", new Throttle(throttle));
        }
    }

    // orders with arguments as small classes, not lambdas: loading a class costs a fraction of linking
    // a lambda at its first use, which a cold JVM pays mid-mission (about a millisecond each)

    /** Plots the jump to the briefed aim point, metres. */
    private record Plot(double aimX, double aimY) implements Function<CommandOrigin, Command> {
        @Override public Command apply(CommandOrigin o) { return new PlotJump(o, aimX, aimY); }
    }

    /** An evasive strafe burst to one side (+1 left, -1 right). */
    private record Evade(double side) implements Function<CommandOrigin, Command> {
        @Override public Command apply(CommandOrigin o) { return new CombatManeuver(o, 0, side); }
    }

    /** A new heading, radians. */
    private record Steer(double heading) implements Function<CommandOrigin, Command> {
        @Override public Command apply(CommandOrigin o) { return new SetHeading(o, heading); }
    }

    /** A new throttle, -0.5..1. */
    private record Throttle(double throttle) implements Function<CommandOrigin, Command> {
        @Override public Command apply(CommandOrigin o) { return new SetThrottle(o, throttle); }
    }
}
