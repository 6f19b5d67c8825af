package io.starbridge.bench;

import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.StateHash;
import io.starbridge.sim.Tick;
import java.util.List;

/**
 * Prints a scenario's state hash every simulated ten seconds: run it before and after an
 * optimisation that must not change behaviour and diff the output.
 *
 * <p>{@code java -cp target/classes:target/test-classes io.starbridge.bench.HashTraceHarness battlefield huge 1 120}
 */
public final class HashTraceHarness {
    private HashTraceHarness() {}

    public static void main(String[] args) {
        String scenario = args[0];
        String size = args[1].equals("-") ? null : args[1];
        long seed = Long.parseLong(args[2]);
        int ticks = Tick.ofSeconds(Double.parseDouble(args[3]));
        Mission mission = Scenarios.builtIn().byId(scenario).start(seed, size);
        long events = 0;
        for (int i = 1; i <= ticks; i++) {
            events += mission.step(List.of()).size();
            if (i % (10 * Tick.HZ) == 0)
                System.out.printf("%s %s %d tick=%d hash=%s events=%d torpedoes=%d outcome=%s%n", scenario, size, seed, i,
                        StateHash.hex(mission.world().stateHash()), events, mission.world().torpedoes().size(),
                        mission.outcome());
        }
    }
}
