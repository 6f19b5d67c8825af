package io.starbridge.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.SimRandom;
import io.starbridge.sim.command.*;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Property: for any stream of commands — valid or not, from any role, with odd values — recording a
 * run and replaying the journal gives the same hash at every checkpoint and at the end.
 */
class RandomStreamReplayPropertyTest {
    private static final Role[] ROLES = Role.values();
    private static final String[] SUBSYSTEMS = {"reactor", "drive", "shields", "cloak", "weapons", "jump", "nope", "main-drive"};

    @RepeatedTest(12)
    void replay_of_a_recorded_random_command_stream_gives_the_same_hash(RepetitionInfo info) throws IOException {
        long seed = 0xC0FFEEL * info.getCurrentRepetition();
        SimRandom gen = new SimRandom(seed);
        Mission mission = Scenarios.builtIn().byId("strike").start(seed, null);
        StringWriter text = new StringWriter();
        JournalWriter journal = new JournalWriter(text);
        journal.header(new Journal.Header(Journal.VERSION, "strike", seed, null, 20));
        MissionRunner.Result recorded = new MissionRunner(mission, (tick, last) -> randomCommands(gen, tick))
                .recordTo(journal).run(60 * 20, false);

        Journal read = RecordedRuns.read(text.toString());
        MissionRunner.Result replayed = RecordedRuns.replay(read);

        assertThat(replayed.stateHash()).as("seed %d", seed).isEqualTo(recorded.stateHash());
        assertThat(read.commandCount()).as("seed %d", seed).isPositive();
    }

    private static List<Command> randomCommands(SimRandom g, long tick) {
        List<Command> out = new ArrayList<>();
        int n = g.chance(0.2) ? 1 + g.nextInt(3) : 0;
        for (int i = 0; i < n; i++) {
            CommandOrigin o = new CommandOrigin(g.chance(0.9) ? 1 : 1 + g.nextInt(4), ROLES[g.nextInt(ROLES.length)],
                    "fuzz", tick * 10 + i);
            out.add(switch (g.nextInt(15)) {
                case 0 -> new SetThrottle(o, oddNumber(g, -1, 1.5));
                case 1 -> new SetHeading(o, oddNumber(g, -4, 4));
                case 2 -> new SetStrafe(o, oddNumber(g, -1.2, 1.2));
                case 3 -> new CombatManeuver(o, g.nextDouble(-1, 1), g.nextDouble(-1, 1));
                case 4 -> new PlotJump(o, g.nextDouble(-5e6, 5e6), g.nextDouble(-5e6, 5e6));
                case 5 -> new SpoolJumpDrive(o);
                case 6 -> new ExecuteJump(o);
                case 7 -> new SetPower(o, SUBSYSTEMS[g.nextInt(SUBSYSTEMS.length)], oddNumber(g, -0.5, 2.5));
                case 8 -> new SetCloak(o, g.chance(0.5));
                case 9 -> new StartScan(o, g.nextInt(4));
                case 10 -> new SetWeaponsTarget(o, g.nextInt(4), g.chance(0.3) ? null : SUBSYSTEMS[g.nextInt(SUBSYSTEMS.length)]);
                case 11 -> new SetBeamsFiring(o, g.chance(0.5));
                case 12 -> new LaunchTorpedo(o);
                case 13 -> new ReleaseWeapons(o, g.chance(0.7));
                default -> new RepairSubsystem(o, SUBSYSTEMS[g.nextInt(SUBSYSTEMS.length)]);
            });
        }
        return out;
    }

    /** Mostly in range, sometimes out of range, NaN or infinite. */
    private static double oddNumber(SimRandom g, double min, double max) {
        int pick = g.nextInt(20);
        if (pick == 0) return Double.NaN;
        if (pick == 1) return Double.POSITIVE_INFINITY;
        return g.nextDouble(min, max);
    }
}
