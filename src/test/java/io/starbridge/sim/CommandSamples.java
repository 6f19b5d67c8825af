package io.starbridge.sim;

import io.starbridge.sim.command.CombatManeuver;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.ExecuteJump;
import io.starbridge.sim.command.LaunchTorpedo;
import io.starbridge.sim.command.PlotJump;
import io.starbridge.sim.command.ReleaseWeapons;
import io.starbridge.sim.command.RepairSubsystem;
import io.starbridge.sim.command.SetBeamsFiring;
import io.starbridge.sim.command.SetCloak;
import io.starbridge.sim.command.SetHeading;
import io.starbridge.sim.command.SetPower;
import io.starbridge.sim.command.SetStrafe;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.command.SetWeaponsTarget;
import io.starbridge.sim.command.SpoolJumpDrive;
import io.starbridge.sim.command.StartScan;
import io.starbridge.sim.command.AbortSelfDestruct;
import io.starbridge.sim.command.CarryCaptive;
import io.starbridge.sim.command.ConfirmSelfDestruct;
import io.starbridge.sim.command.Dock;
import io.starbridge.sim.command.ForceDoor;
import io.starbridge.sim.command.MoveTo;
import io.starbridge.sim.command.OpenDoor;
import io.starbridge.sim.command.Regroup;
import io.starbridge.sim.command.ReturnToAirlock;
import io.starbridge.sim.command.SearchRoom;
import io.starbridge.sim.command.SendMessage;
import io.starbridge.sim.command.SpawnShip;
import io.starbridge.sim.command.SetTorch;
import io.starbridge.sim.command.Undock;
import java.util.List;
import java.util.function.Function;

/** One plausible, well-formed command of every type, aimed at a given enemy ship. */
final class CommandSamples {
    private CommandSamples() {}

    static List<Function<CommandOrigin, Command>> everyType(int enemyId) {
        return List.of(
                o -> new SetThrottle(o, 0.5),
                o -> new SetHeading(o, 1.0),
                o -> new SetStrafe(o, -0.5),
                o -> new CombatManeuver(o, 1, 0),
                o -> new PlotJump(o, 50_000, 0),
                SpoolJumpDrive::new,
                ExecuteJump::new,
                o -> new SetPower(o, "drive", 1.5),
                o -> new SetCloak(o, true),
                o -> new StartScan(o, enemyId),
                o -> new SetWeaponsTarget(o, enemyId, null),
                o -> new SetBeamsFiring(o, true),
                LaunchTorpedo::new,
                o -> new ReleaseWeapons(o, true),
                o -> new RepairSubsystem(o, "drive"),
                o -> new Dock(o, enemyId),
                o -> new Undock(o, false),
                o -> new MoveTo(o, "1,2", enemyId, 10, 10),
                o -> new ReturnToAirlock(o, "1"),
                Regroup::new,
                o -> new OpenDoor(o, 1, "airlock/corridor-mid"),
                o -> new ForceDoor(o, 1, "airlock/corridor-mid"),
                o -> new SearchRoom(o, 1),
                o -> new CarryCaptive(o, 1, 1),
                o -> new SetTorch(o, 1, true),
                o -> new ConfirmSelfDestruct(o, enemyId, 1),
                o -> new AbortSelfDestruct(o, enemyId, 1),
                o -> new SendMessage(o, "suit", "Report status"),
                o -> new SpawnShip(o, "frigate", "Reinforcement", 1, 8_000, 2_000, true));
    }
}
