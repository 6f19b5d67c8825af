package io.starbridge.bench;

import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.StateHash;
import io.starbridge.sim.Tick;
import io.starbridge.sim.event.SimEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a scenario headless for a number of simulated seconds and prints event counts, the final
 * state hash and the wall time per tick: a quick measuring stick beside the JMH benchmarks and the
 * {@code play} command. Not a test (no assertions).
 *
 * <p>{@code java -cp target/classes:target/test-classes io.starbridge.bench.ScenarioRunHarness battlefield huge 1 120}
 */
public final class ScenarioRunHarness {
    private ScenarioRunHarness() {}

    public static void main(String[] args) {
        String scenario = args.length > 0 ? args[0] : "battlefield";
        String size = args.length > 1 && !args[1].equals("-") ? args[1] : null;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 120;

        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        Mission mission = Scenarios.builtIn().byId(scenario).start(seed, size);
        long t1 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        Map<String, Integer> counts = new TreeMap<>();
        int ticks = Tick.ofSeconds(seconds);
        int maxTorpedoes = 0;
        long slowest = 0;
        for (int i = 0; i < ticks; i++) {
            long s = System.nanoTime();
            List<SimEvent> events = mission.step(List.of());
            slowest = Math.max(slowest, System.nanoTime() - s);
            for (SimEvent e : events) counts.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            maxTorpedoes = Math.max(maxTorpedoes, mission.world().torpedoes().size());
        }
        long t2 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        long destroyed = mission.world().ships().stream().filter(s -> s.destroyed()).count();
        long derelict = mission.world().ships().stream().filter(s -> !s.destroyed() && s.derelict()).count();
        System.out.printf("scenario=%s size=%s seed=%d ticks=%d ships=%d destroyed=%d derelict=%d outcome=%s endTick=%d%n",
                scenario, size, seed, ticks, mission.world().ships().size(), destroyed, derelict, mission.outcome(),
                mission.endTick());
        System.out.printf("stateHash=%s torpedoesAtEnd=%d maxTorpedoesInFlight=%d%n",
                StateHash.hex(mission.world().stateHash()), mission.world().torpedoes().size(), maxTorpedoes);
        System.out.printf("setup=%.1f ms  run=%.1f ms  mean=%.3f ms/tick (wall)  %.3f ms/tick (this thread's CPU)  slowest=%.2f ms%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t1) / 1e6 / ticks, (cpu1 - cpu0) / 1e6 / ticks, slowest / 1e6);
        counts.forEach((k, v) -> System.out.printf("  %-22s %d%n", k, v));
    }
}
