package io.starbridge.sim;

import io.starbridge.sim.command.CombatManeuver;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.ExecuteJump;
import io.starbridge.sim.command.LaunchTorpedo;
import io.starbridge.sim.command.PlotJump;
import io.starbridge.sim.command.ReleaseWeapons;
import io.starbridge.sim.command.RepairSubsystem;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetBeamsFiring;
import io.starbridge.sim.command.SetCloak;
import io.starbridge.sim.command.SetHeading;
import io.starbridge.sim.command.SetPower;
import io.starbridge.sim.command.SetStrafe;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.command.SetWeaponsTarget;
import io.starbridge.sim.command.SpoolJumpDrive;
import io.starbridge.sim.command.StartScan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A seeded stream of commands, valid and invalid, from random stations: mostly sensible values and
 * roles allowed to send them, with a share of NaNs, infinities, out-of-range numbers, unknown
 * subsystems, unknown ships and stations that may not send them. The same seed gives the same stream.
 */
final class RandomCommandStream {
    private static final Role[] ROLES = Role.values();
    private static final String[] SUBSYSTEMS = {"reactor", "drive", "thrusters", "weapons", "sensors", "shields",
            "cloak", "jump", "life", "main-drive", "weapons-control", "sensor-array", "point-defence", "hangar",
            "shield-emitters", "life-support", "jump-drive", "warp-core", "", null};

    /** Share of commands sent for, or aimed at, a ship that does not exist. */
    private static final double NO_SUCH_SHIP_SHARE = 0.05;

    private final SplittableRandom random;
    private final int[] shipIds;
    private final int noSuchShip;
    private long seq;

    /**
     * @param shipIds    ships commands are sent for and aimed at
     * @param noSuchShip an id no ship has, used now and then
     */
    RandomCommandStream(long seed, int[] shipIds, int noSuchShip) {
        this.random = new SplittableRandom(seed);
        this.shipIds = shipIds.clone();
        this.noSuchShip = noSuchShip;
    }

    /** The commands of one tick: usually none, sometimes a few. */
    List<Command> nextTick() {
        List<Command> out = new ArrayList<>();
        if (random.nextDouble() < 0.6) return out;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) out.add(next());
        return out;
    }

    Command next() {
        Function<CommandOrigin, Command> build = body();
        int shipId = ship();
        // roles allowed for this type, in a stable order, so a seed always gives the same stream
        List<Role> allowed = build.apply(new CommandOrigin(shipId, Role.OBSERVER, "probe", 0)).allowedRoles()
                .stream().sorted(Comparator.naturalOrder()).toList();
        Role role = random.nextDouble() < 0.75 ? allowed.get(random.nextInt(allowed.size()))
                : ROLES[random.nextInt(ROLES.length)];
        return build.apply(new CommandOrigin(shipId, role, "member-" + role.ordinal(), ++seq));
    }

    private Function<CommandOrigin, Command> body() {
        int target = ship();
        String subsystem = SUBSYSTEMS[random.nextInt(SUBSYSTEMS.length)];
        double a = number(-1, 1), b = number(-1, 1);
        return switch (random.nextInt(15)) {
            case 0 -> o -> new SetThrottle(o, a);
            case 1 -> { double h = number(-4, 4); yield o -> new SetHeading(o, h); }
            case 2 -> o -> new SetStrafe(o, a);
            case 3 -> o -> new CombatManeuver(o, a, b);
            case 4 -> { double x = number(-2e5, 2e5), y = number(-2e5, 2e5); yield o -> new PlotJump(o, x, y); }
            case 5 -> SpoolJumpDrive::new;
            case 6 -> ExecuteJump::new;
            case 7 -> { double p = number(0, 2); yield o -> new SetPower(o, subsystem, p); }
            case 8 -> { boolean on = random.nextBoolean(); yield o -> new SetCloak(o, on); }
            case 9 -> o -> new StartScan(o, target);
            case 10 -> { String s = random.nextBoolean() ? null : subsystem; yield o -> new SetWeaponsTarget(o, target, s); }
            case 11 -> { boolean on = random.nextDouble() < 0.8; yield o -> new SetBeamsFiring(o, on); }
            case 12 -> LaunchTorpedo::new;
            case 13 -> { boolean on = random.nextDouble() < 0.8; yield o -> new ReleaseWeapons(o, on); }
            default -> o -> new RepairSubsystem(o, subsystem);
        };
    }

    private int ship() {
        return random.nextDouble() < NO_SUCH_SHIP_SHARE ? noSuchShip : shipIds[random.nextInt(shipIds.length)];
    }

    /** Usually within [min, max]; sometimes NaN, infinite or far outside. */
    private double number(double min, double max) {
        double p = random.nextDouble();
        if (p < 0.05) return Double.NaN;
        if (p < 0.08) return random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        if (p < 0.15) return (random.nextBoolean() ? 1 : -1) * (StrictMath.abs(max) + 1) * (1 + random.nextDouble() * 1e6);
        return min + (max - min) * random.nextDouble();
    }
}
