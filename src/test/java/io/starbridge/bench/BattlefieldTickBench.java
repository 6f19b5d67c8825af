package io.starbridge.bench;

import io.starbridge.scenario.BattlefieldScenario;
import io.starbridge.scenario.Mission;
import io.starbridge.sim.Simulation;
import io.starbridge.sim.Tick;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Average time of one {@link Simulation#step()} of the battlefield load scenario (huge: 500 AI
 * frigates a side). Every iteration starts a fresh battle (seed 1) and runs {@link #WARM_UP_SECONDS}
 * of simulated time first, so each iteration measures the same stretch of the same battle: the
 * fleets closing and fighting from the 10th simulated second on.
 *
 * <p>{@code mvn -B -Pbench test-compile exec:exec -Dbench.args="BattlefieldTickBench -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BattlefieldTickBench {
    /** Simulated seconds run before measuring: the fleets have met. */
    static final double WARM_UP_SECONDS = 10;

    @Param({"huge"})
    public String size;

    private Simulation simulation;

    @Setup(Level.Iteration)
    public void startBattle() {
        Mission mission = new BattlefieldScenario().start(1, size);
        simulation = mission.simulation();
        for (int i = 0; i < Tick.ofSeconds(WARM_UP_SECONDS); i++) simulation.step(List.of());
    }

    @Benchmark
    public Object step() {
        return simulation.step();
    }
}
