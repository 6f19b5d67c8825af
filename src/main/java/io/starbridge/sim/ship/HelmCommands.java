package io.starbridge.sim.ship;

import io.starbridge.sim.Angles;
import io.starbridge.sim.Systems;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import io.starbridge.sim.command.CombatManeuver;
import io.starbridge.sim.command.ExecuteJump;
import io.starbridge.sim.command.PlotJump;
import io.starbridge.sim.command.SetHeading;
import io.starbridge.sim.command.SetStrafe;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.command.SpoolJumpDrive;
import io.starbridge.sim.event.CombatManeuverStarted;
import io.starbridge.sim.event.JumpStarted;

/** Validates and applies helm, jump and combat-manoeuvre commands. */
public final class HelmCommands {
    private HelmCommands() {}

    public static void register(Systems.Registry registry) {
        registry.put(SetThrottle.class, (World w, Ship s, SetThrottle c) -> {
            s.helm.throttle = c.throttle();
            return null;
        });
        registry.put(SetHeading.class, (World w, Ship s, SetHeading c) -> {
            s.helm.targetHeading = Angles.normalize(c.heading());
            return null;
        });
        registry.put(SetStrafe.class, (World w, Ship s, SetStrafe c) -> {
            s.helm.strafe = c.strafe();
            return null;
        });
        registry.put(CombatManeuver.class, HelmCommands::combatManeuver);
        registry.put(PlotJump.class, HelmCommands::plot);
        registry.put(SpoolJumpDrive.class, HelmCommands::spool);
        registry.put(ExecuteJump.class, HelmCommands::execute);
    }

    private static String combatManeuver(World world, Ship ship, CombatManeuver c) {
        HelmState helm = ship.helm;
        ManeuverSpec spec = ship.hull().maneuver();
        if (ship.inHyperspace()) return "no manoeuvres in hyperspace";
        if (helm.overheated) return "thrusters overheated: wait until they cool";
        if (helm.maneuverCharge < spec.chargeCost())
            return String.format("combat manoeuvre charge %.0f%% is below the %.0f%% a burst needs",
                    helm.maneuverCharge * 100, spec.chargeCost() * 100);
        Subsystem thrusters = ship.subsystemOf(SubsystemKind.MANEUVER);
        if (thrusters != null && thrusters.effect() <= 0) return "manoeuvring thrusters have no power";
        helm.maneuverCharge -= spec.chargeCost();
        helm.heat = StrictMath.min(1.0, helm.heat + spec.heatPerBurst());
        if (helm.heat >= 1.0) helm.overheated = true;
        helm.burstTicksLeft = Tick.ofSeconds(spec.burstSeconds());
        helm.burstBoost = c.boost();
        helm.burstStrafe = c.strafe();
        world.emit(new CombatManeuverStarted(world.tick(), ship.id(), c.boost(), c.strafe()));
        return null;
    }

    private static String plot(World world, Ship ship, PlotJump c) {
        JumpState jump = ship.jump;
        if (ship.subsystemOf(SubsystemKind.JUMP_DRIVE) == null) return ship.name() + " has no hyperspace drive";
        if (jump.phase == JumpPhase.IN_HYPERSPACE) return "already in hyperspace";
        jump.aimX = c.x();
        jump.aimY = c.y();
        if (jump.phase == JumpPhase.IDLE) jump.phase = JumpPhase.PLOTTED;
        return null;
    }

    private static String spool(World world, Ship ship, SpoolJumpDrive c) {
        JumpState jump = ship.jump;
        Subsystem drive = ship.subsystemOf(SubsystemKind.JUMP_DRIVE);
        if (drive == null) return ship.name() + " has no hyperspace drive";
        if (drive.destroyed()) return "the hyperspace drive is destroyed";
        return switch (jump.phase) {
            case IDLE -> "plot a jump before spooling the drive";
            case SPOOLING, READY -> "the drive is already " + jump.phase.name().toLowerCase();
            case IN_HYPERSPACE -> "already in hyperspace";
            case PLOTTED -> {
                jump.phase = JumpPhase.SPOOLING;
                jump.spool = 0;
                yield null;
            }
        };
    }

    private static String execute(World world, Ship ship, ExecuteJump c) {
        JumpState jump = ship.jump;
        if (jump.phase != JumpPhase.READY)
            return "the hyperspace drive is not spooled (" + jump.phase.name().toLowerCase() + ")";
        Subsystem drive = ship.subsystemOf(SubsystemKind.JUMP_DRIVE);
        if (drive.destroyed()) return "the hyperspace drive is destroyed";
        double distance = ship.motion.distanceTo(jump.aimX, jump.aimY);
        jump.phase = JumpPhase.IN_HYPERSPACE;
        jump.dwellTicksLeft = JumpDriveSystem.dwellTicks(ship.hull().jumpDrive(), distance);
        ship.motion.vx = 0;
        ship.motion.vy = 0;
        world.emit(new JumpStarted(world.tick(), ship.id(), jump.aimX, jump.aimY));
        return null;
    }
}
