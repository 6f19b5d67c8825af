package io.starbridge.bench;

import io.starbridge.bot.BotCrew;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.StrikeScenario;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.SimEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Average time of one tick of the strike mission (corvette vs mothership) crewed by bots, bots'
 * decisions included: what a server pays per game. The mission restarts (seed 7) whenever it ends,
 * so every tick measured is one of a real run through the jump, the cloak and the strike.
 *
 * <p>{@code mvn -B -Pbench test-compile exec:exec -Dbench.args="StrikeTickBench -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StrikeTickBench {
    static final long SEED = 7;

    private Mission mission;
    private List<BotCrew> bots;
    private List<SimEvent> lastEvents;

    @Setup(Level.Trial)
    public void start() {
        restart();
    }

    private void restart() {
        mission = new StrikeScenario().start(SEED, null);
        bots = BotCrew.forMission(mission, SEED);
        lastEvents = List.of();
    }

    @Benchmark
    public Object tick() {
        // an ended mission (or one past 30 simulated minutes) starts over: keeps every tick typical
        if (mission.ended() || mission.world().tick() > 108_000) restart();
        List<Command> commands = new ArrayList<>();
        for (BotCrew bot : bots) commands.addAll(bot.act(lastEvents));
        lastEvents = mission.step(commands);
        return lastEvents;
    }
}
