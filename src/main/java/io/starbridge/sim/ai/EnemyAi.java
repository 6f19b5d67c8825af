package io.starbridge.sim.ai;

import io.starbridge.sim.Angles;
import io.starbridge.sim.Crew;
import io.starbridge.sim.StateHash;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.ExecuteJump;
import io.starbridge.sim.command.LaunchTorpedo;
import io.starbridge.sim.command.PlotJump;
import io.starbridge.sim.command.ReleaseWeapons;
import io.starbridge.sim.command.RepairSubsystem;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetBeamsFiring;
import io.starbridge.sim.command.SetHeading;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.command.SetWeaponsTarget;
import io.starbridge.sim.command.SpoolJumpDrive;
import io.starbridge.sim.ship.JumpPhase;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.Subsystem;
import java.util.List;

/**
 * An enemy crew that acts only through commands, like a human crew, and knows only what its
 * ship's sensors show. It retaliates against what it detects (turns its guns, fires beams,
 * launches torpedoes), answers a hit from an unseen attacker with torpedoes at the position the
 * shot came from, keeps its repair crew busy, and — if {@link Config#escapeAfterSeconds} is set —
 * jumps away once that long has passed since it was first attacked (its repair clock ran out).
 */
public final class EnemyAi implements Crew {

    /**
     * @param escapeAfterSeconds seconds from the first hit until it flees into hyperspace; 0 = never
     * @param pursue             true to chase targets (frigates), false to hold station and turn (mothership)
     * @param patrolRadius       metres around its start it wanders when it sees nothing (0 = stay)
     */
    public record Config(double escapeAfterSeconds, boolean pursue, double patrolRadius) implements java.io.Serializable {}

    /** Ticks between decisions: a crew reacts at about 5 Hz. */
    static final int DECISION_PERIOD = 12;
    /** How long a hit from an unseen attacker stays worth answering. */
    static final double REVEAL_MEMORY_SECONDS = 20;
    /** Seconds between torpedoes at the same target. */
    static final double TORPEDO_INTERVAL_SECONDS = 8;

    private final int shipId;
    private final Config config;
    private final double homeX, homeY;
    private double patrolX, patrolY;
    private int targetId = -1;
    /** Last heading (rad) and throttle ordered, NaN before the first order. */
    private double orderedHeading = Double.NaN, orderedThrottle = Double.NaN;
    private long lastTorpedoTick = -1_000_000;
    private boolean released;
    private boolean escaping;
    /** Tick of the first hit taken, -1 before; starts the repair clock. */
    private long firstAttackTick = -1;
    /**
     * Pure cache: this crew's command origin for each role (by ordinal), made at first use — immutable
     * records, so every command from a station can share one, and a decision allocates and validates none.
     */
    private transient CommandOrigin[] originByRole;

    public EnemyAi(Ship ship, Config config) {
        this.shipId = ship.id();
        this.config = config;
        this.homeX = ship.motion.x;
        this.homeY = ship.motion.y;
        this.patrolX = homeX;
        this.patrolY = homeY;
    }

    public int shipId() { return shipId; }
    public boolean escaping() { return escaping; }

    @Override public void decide(World world, List<Command> out) {
        // the period first: it needs no look at the ship (a thousand crews, one in twelve deciding a tick)
        if ((world.tick() + shipId) % DECISION_PERIOD != 0) return;
        Ship ship = world.ship(shipId);
        if (ship == null || !ship.present() || ship.derelict()) return;
        if (!released) {
            out.add(new ReleaseWeapons(origin(Role.CAPTAIN), true));
            released = true;
        }
        if (escapeClockRanOut(world, ship)) {
            escape(world, ship, out);
            return;
        }
        repair(ship, out);
        Ship target = nearestHostile(world, ship);
        if (target != null) engage(world, ship, target, out);
        else answerUnseenAttacker(world, ship, out);
    }

    private boolean escapeClockRanOut(World world, Ship ship) {
        if (config.escapeAfterSeconds() <= 0 || ship.lastAttackedTick < 0) return false;
        return escaping || firstHitTick(ship) + Tick.ofSeconds(config.escapeAfterSeconds()) <= world.tick();
    }

    private long firstHitTick(Ship ship) {
        if (firstAttackTick < 0) firstAttackTick = ship.lastAttackedTick;
        return firstAttackTick;
    }

    private void escape(World world, Ship ship, List<Command> out) {
        escaping = true;
        JumpPhase phase = ship.jump.phase;
        if (phase == JumpPhase.IDLE) {
            // flee directly away from home, far beyond any sensor range
            out.add(new PlotJump(origin(Role.HELM), homeX + 5.0e7, homeY + 5.0e7));
        } else if (phase == JumpPhase.PLOTTED) {
            out.add(new SpoolJumpDrive(origin(Role.ENGINEERING)));
        } else if (phase == JumpPhase.READY) {
            out.add(new ExecuteJump(origin(Role.CAPTAIN)));
        }
    }

    private void repair(Ship ship, List<Command> out) {
        if (ship.repairIndex >= 0) return;
        Subsystem best = null;
        for (int i = 0; i < ship.subsystemCount(); i++) {
            Subsystem s = ship.subsystem(i);
            if (s.destroyed() || s.health() >= s.spec().maxHealth()) continue;
            if (best == null || (s.critical() && !best.critical())
                    || (s.critical() == best.critical() && s.healthFraction() < best.healthFraction())) best = s;
        }
        if (best != null) out.add(new RepairSubsystem(origin(Role.ENGINEERING), best.id()));
    }

    /** The nearest hostile ship its sensors detect now (ties to the lower id), or null. */
    private static Ship nearestHostile(World world, Ship ship) {
        return NearestHostile.of(world, ship);
    }

    private void engage(World world, Ship ship, Ship target, List<Command> out) {
        if (target.id() != targetId) {
            targetId = target.id();
            out.add(new SetWeaponsTarget(origin(Role.WEAPONS), targetId, null));
            out.add(new SetBeamsFiring(origin(Role.WEAPONS), true));
        }
        double bearing = Angles.bearing(ship.motion.x, ship.motion.y, target.motion.x, target.motion.y);
        steer(out, bearing);
        if (config.pursue()) throttle(out, ship.motion.distanceTo(target.motion) > 2_500 ? 1.0 : 0.2);
        maybeTorpedo(world, ship, out);
    }

    /** Hit by something it cannot see: torpedoes at where the shots came from; otherwise patrol. */
    private void answerUnseenAttacker(World world, Ship ship, List<Command> out) {
        boolean recent = ship.lastAttackerId >= 0
                && world.tick() - ship.lastAttackedTick <= Tick.ofSeconds(REVEAL_MEMORY_SECONDS);
        if (recent && ship.contacts.lastKnown(ship.lastAttackerId) != null) {
            if (targetId != ship.lastAttackerId) {
                targetId = ship.lastAttackerId;
                out.add(new SetWeaponsTarget(origin(Role.WEAPONS), targetId, null));
            }
            double bearing = Angles.bearing(ship.motion.x, ship.motion.y, ship.lastAttackerX, ship.lastAttackerY);
            steer(out, bearing);
            maybeTorpedo(world, ship, out);
            return;
        }
        patrol(world, ship, out);
    }

    private void maybeTorpedo(World world, Ship ship, List<Command> out) {
        if (ship.weapons.torpedoesLeft == 0) return;
        if (world.tick() - lastTorpedoTick < Tick.ofSeconds(TORPEDO_INTERVAL_SECONDS)) return;
        lastTorpedoTick = world.tick();
        out.add(new LaunchTorpedo(origin(Role.WEAPONS)));
    }

    private void patrol(World world, Ship ship, List<Command> out) {
        if (config.patrolRadius() <= 0) return;
        if (ship.motion.distanceTo(patrolX, patrolY) < 1_000) {
            double a = world.random().nextDouble() * 2 * StrictMath.PI;
            double r = config.patrolRadius() * StrictMath.sqrt(world.random().nextDouble());
            patrolX = homeX + r * StrictMath.cos(a);
            patrolY = homeY + r * StrictMath.sin(a);
        }
        double bearing = Angles.bearing(ship.motion.x, ship.motion.y, patrolX, patrolY);
        steer(out, bearing);
        throttle(out, 0.6);
    }

    /** Orders a new heading only when it differs noticeably from the last one, as a crew would. */
    private void steer(List<Command> out, double heading) {
        if (!Double.isNaN(orderedHeading) && StrictMath.abs(Angles.delta(orderedHeading, heading)) < 0.02) return;
        orderedHeading = heading;
        out.add(new SetHeading(origin(Role.HELM), heading));
    }

    private void throttle(List<Command> out, double throttle) {
        if (throttle == orderedThrottle) return;
        orderedThrottle = throttle;
        out.add(new SetThrottle(origin(Role.HELM), throttle));
    }

    private CommandOrigin origin(Role role) {
        CommandOrigin[] origins = originByRole;
        if (origins == null) originByRole = origins = new CommandOrigin[Role.values().length];
        CommandOrigin origin = origins[role.ordinal()];
        if (origin == null) origins[role.ordinal()] = origin = new CommandOrigin(shipId, role, "ai", 0);
        return origin;
    }

    @Override public void hashInto(StateHash h) {
        h.add(shipId).add(patrolX).add(patrolY).add(targetId).add(orderedHeading).add(orderedThrottle).add(lastTorpedoTick)
                .add(released).add(escaping).add(firstAttackTick);
    }
}
