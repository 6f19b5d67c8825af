package io.starbridge.sim;

import io.starbridge.sim.ai.EnemyAi;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Drives a {@link Simulation} the way a crew would, so behaviour tests read like the scenario:
 * spawn ships, send commands from stations (applied at the start of the next tick), step ticks and
 * read the events that came out. Every event of every tick is kept, in order.
 */
public final class SimHarness {
    /** The players' side. */
    public static final int PLAYERS = 0;
    /** The enemy's side. */
    public static final int ENEMY = 1;

    private final World world;
    private final Simulation simulation;
    private final List<Command> pending = new ArrayList<>();
    private final List<SimEvent> events = new ArrayList<>();
    private List<SimEvent> lastTick = List.of();
    private long seq;

    private SimHarness(long seed) {
        this.world = new World(seed);
        this.simulation = new Simulation(world);
    }

    public static SimHarness seeded(long seed) {
        return new SimHarness(seed);
    }

    public World world() { return world; }

    public long tickNow() { return world.tick(); }

    /** A ship at (x, y) metres, facing (and steering for) {@code heading} radians, at rest. */
    public Ship spawn(HullClass hull, int faction, double x, double y, double heading) {
        Ship ship = world.addShip(id -> new Ship(id, hull.id() + "-" + id, faction, hull));
        ship.motion.x = x;
        ship.motion.y = y;
        ship.motion.heading = heading;
        ship.helm.targetHeading = heading;
        return ship;
    }

    /** Puts the enemy AI in command of a ship (its home is where the ship is now). */
    public EnemyAi crewWithEnemyAi(Ship ship, EnemyAi.Config config) {
        EnemyAi ai = new EnemyAi(ship, config);
        world.addCrew(ai);
        return ai;
    }

    /** A station of a ship, sending as a crew member named after the role. */
    public Station station(Ship ship, Role role) {
        return station(ship.id(), role);
    }

    public Station station(int shipId, Role role) {
        return new Station(shipId, role, "crew-" + role.name().toLowerCase());
    }

    /** Queues a ready-made command for the next tick. */
    public <C extends Command> C send(C command) {
        pending.add(command);
        return command;
    }

    /** Steps one tick with every queued command; returns that tick's events. */
    public List<SimEvent> tick() {
        List<Command> commands = List.copyOf(pending);
        pending.clear();
        lastTick = simulation.step(commands);
        events.addAll(lastTick);
        return lastTick;
    }

    public void tick(int n) {
        for (int i = 0; i < n; i++) tick();
    }

    public void tickSeconds(double seconds) {
        tick(Tick.ofSeconds(seconds));
    }

    /** Ticks until the condition holds after a tick; fails after {@code maxSeconds} of simulated time. */
    public void tickUntil(String what, double maxSeconds, BooleanSupplier condition) {
        int limit = Tick.ofSeconds(maxSeconds);
        for (int i = 0; i < limit; i++) {
            tick();
            if (condition.getAsBoolean()) return;
        }
        throw new AssertionError("not within " + maxSeconds + " s (tick " + world.tick() + "): " + what);
    }

    /** Ticks until an event of this type (and matching the filter) is emitted; returns it. */
    public <E extends SimEvent> E awaitEvent(Class<E> type, Predicate<? super E> filter, double maxSeconds) {
        int limit = Tick.ofSeconds(maxSeconds);
        for (int i = 0; i < limit; i++) {
            for (SimEvent e : tick()) if (type.isInstance(e) && filter.test(type.cast(e))) return type.cast(e);
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + maxSeconds + " s (tick " + world.tick() + ")");
    }

    public <E extends SimEvent> E awaitEvent(Class<E> type, double maxSeconds) {
        return awaitEvent(type, e -> true, maxSeconds);
    }

    /** Every event so far, in order. */
    public List<SimEvent> events() { return List.copyOf(events); }

    /** Every event of this type so far, in order. */
    public <E extends SimEvent> List<E> events(Class<E> type) {
        List<E> out = new ArrayList<>();
        for (SimEvent e : events) if (type.isInstance(e)) out.add(type.cast(e));
        return out;
    }

    /** The events of the most recent tick. */
    public List<SimEvent> lastTickEvents() { return lastTick; }

    /** Forgets the events collected so far (e.g. after setting the scene). */
    public void clearEvents() { events.clear(); }

    /** One crew station of one ship. Each command gets the next sequence number of the harness. */
    public final class Station {
        private final int shipId;
        private final Role role;
        private final String memberId;

        private Station(int shipId, Role role, String memberId) {
            this.shipId = shipId;
            this.role = role;
            this.memberId = memberId;
        }

        /** Queues {@code build(origin)} for the next tick, e.g. {@code send(o -> new SetThrottle(o, 1))}. */
        public <C extends Command> C send(Function<CommandOrigin, C> build) {
            return SimHarness.this.send(build.apply(new CommandOrigin(shipId, role, memberId, ++seq)));
        }
    }
}
