package io.starbridge.sim;

import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic core: {@code (World, commands of tick t) → (World', events of tick t)}.
 * No clocks, threads, I/O or unseeded randomness; the same seed, scenario and commands give the
 * same world, bit for bit, on any JVM.
 */
public final class Simulation {
    /** Ticks between checkpoint hashes (one simulated second). */
    public static final int HASH_INTERVAL = Tick.HZ;

    private final World world;
    private final Systems systems;
    /**
     * Pure cache of {@code systems.order()} as an array, for the list it was made from (a timing
     * harness may swap the list): seventeen list reads a tick cost calls before the JIT compiles them.
     */
    private List<SimSystem> orderSeen;
    /** {@code systems.order()}, then {@link #crewsDecide}. */
    private SimSystem[] orderArray;
    /**
     * The in-simulation crews' turn, after every system: each crew looks at the world and queues its
     * commands for the next tick. Called from the same call site as the systems, where the JIT sees a
     * dozen kinds of receiver and inlines none, so the crews' decisions are compiled on their own: when
     * a battle first takes a new branch of a decision (first damage, close range, torpedoes out), only
     * they are compiled again, not the whole step (measured: three recompiles of the step, ≈ 0.85 s of C2
     * in a 120-s huge battlefield).
     */
    private final SimSystem crewsDecide = new CrewsDecide();

    private static final class CrewsDecide implements SimSystem {
        @Override public void run(World world) {
            List<Crew> crews = world.crews();
            List<Command> queued = world.crewCommands();
            for (int i = 0, n = crews.size(); i < n; i++) crews.get(i).decide(world, queued);
        }
    }

    public Simulation(World world) {
        this(world, Systems.standard());
    }

    public Simulation(World world, Systems systems) {
        this.world = world;
        this.systems = systems;
    }

    public World world() { return world; }

    /**
     * Runs one tick: validates and applies the in-simulation crews' commands from last tick and then
     * the given commands (in list order), runs every system in {@link Systems#ORDER}, then lets the
     * in-simulation crews decide. Returns the events of the tick (a fresh list).
     */
    public List<SimEvent> step(List<? extends Command> commands) {
        world.advanceTick();
        List<SimEvent> events = world.events();
        events.clear();
        // most ticks bring no commands and no events: skip the copies and iterators they would need
        // (this runs every tick, mostly before the JIT has compiled it)
        List<Command> crewCommands = world.crewCommands();
        if (!crewCommands.isEmpty()) {
            List<Command> fromCrews = new ArrayList<>(crewCommands);
            crewCommands.clear();
            for (int i = 0, n = fromCrews.size(); i < n; i++) apply(fromCrews.get(i));
        }
        if (!commands.isEmpty()) for (Command c : commands) apply(c);
        List<SimSystem> order = systems.order();
        if (order != orderSeen) {
            orderArray = order.toArray(new SimSystem[order.size() + 1]);
            orderArray[order.size()] = crewsDecide;
            orderSeen = order;
        }
        for (SimSystem system : orderArray) {
            system.run(world);
            if (world.spawnsQueued) world.applySpawns();
        }
        return events.isEmpty() ? new ArrayList<>() : new ArrayList<>(events);
    }

    /** Steps with no external commands. */
    public List<SimEvent> step() { return step(List.of()); }

    private void apply(Command command) {
        String reason = validateAndApply(command);
        if (reason != null) {
            world.emit(new CommandRejected(world.tick(), command.origin(), command.getClass().getSimpleName(), reason));
        }
    }

    private String validateAndApply(Command command) {
        String reason = command.checkValues();
        if (reason != null) return reason;
        Ship ship = world.ship(command.origin().shipId());
        if (ship == null) return "there is no ship " + command.origin().shipId();
        if (!command.allowedRoles().contains(command.origin().role()))
            return command.origin().role() + " may not send " + command.getClass().getSimpleName()
                    + " (allowed: " + command.allowedRoles() + ")";
        if (ship.destroyed()) return "ship " + ship.name() + " is destroyed";
        return systems.handle(world, ship, command);
    }

    /** Whether this tick is a checkpoint (its hash goes into journals). */
    public boolean atCheckpoint() { return world.tick() % HASH_INTERVAL == 0; }
}
