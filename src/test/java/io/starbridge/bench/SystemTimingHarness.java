package io.starbridge.bench;

import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Scenarios;
import io.starbridge.sim.SimSystem;
import io.starbridge.sim.Simulation;
import io.starbridge.sim.Systems;
import io.starbridge.sim.Tick;
import io.starbridge.sim.World;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Wall time per tick of each system in {@link Systems#ORDER}, plus the rest of the step (commands
 * and crews): a profiler that needs no agent. Wraps the systems through reflection, so it measures
 * the real code paths; the world is a fresh copy of the scenario's, stepped with the wrapped systems.
 *
 * <p>{@code java -cp … io.starbridge.bench.SystemTimingHarness battlefield huge 1 60}
 */
public final class SystemTimingHarness {
    private SystemTimingHarness() {}

    public static void main(String[] args) throws Exception {
        String scenario = args[0];
        String size = args[1].equals("-") ? null : args[1];
        long seed = Long.parseLong(args[2]);
        int ticks = Tick.ofSeconds(Double.parseDouble(args[3]));
        Mission mission = Scenarios.builtIn().byId(scenario).start(seed, size);
        World world = mission.world();
        Systems systems = Systems.standard();
        Field orderField = Systems.class.getDeclaredField("order");
        orderField.setAccessible(true);
        @SuppressWarnings("unchecked") List<SimSystem> order = (List<SimSystem>) orderField.get(systems);
        long[] nanos = new long[order.size()];
        List<SimSystem> timed = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            SimSystem s = order.get(i);
            int slot = i;
            timed.add(w -> {
                long t = System.nanoTime();
                s.run(w);
                nanos[slot] += System.nanoTime() - t;
            });
        }
        orderField.set(systems, List.copyOf(timed));
        Simulation simulation = new Simulation(world, systems);
        long total = 0;
        for (int i = 0; i < ticks; i++) {
            long t = System.nanoTime();
            simulation.step();
            total += System.nanoTime() - t;
        }
        long inSystems = 0;
        for (int i = 0; i < order.size(); i++) {
            inSystems += nanos[i];
            System.out.printf("%-22s %8.4f ms/tick%n", order.get(i).getClass().getSimpleName(), nanos[i] / 1e6 / ticks);
        }
        System.out.printf("%-22s %8.4f ms/tick%n", "commands+crews+rest", (total - inSystems) / 1e6 / ticks);
        System.out.printf("%-22s %8.4f ms/tick over %d ticks%n", "TOTAL", total / 1e6 / ticks, ticks);
    }
}
