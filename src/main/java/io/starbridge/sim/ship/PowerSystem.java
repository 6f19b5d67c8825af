package io.starbridge.sim.ship;

import io.starbridge.sim.SimSystem;
import io.starbridge.sim.World;
import java.util.Arrays;
import java.util.List;

/**
 * Shares the reactor's output among subsystems by engineering's allocation. Each subsystem asks
 * for {@code demand × allocation}; an engaged cloak asks for the hull's cloak drain on top. When
 * the asks exceed the supply every one is scaled down alike. A destroyed reactor supplies nothing:
 * no power anywhere (lights out). Power is never negative.
 *
 * <p>Speed: this runs for every ship every tick, mostly before the JIT has compiled it, and on most
 * ticks nothing it reads has changed. The shares are a function of each subsystem's health and
 * allocation and of the cloak's state (the rest is hull data), so the system remembers what it last
 * distributed from, per ship, and leaves a ship whose inputs are all the same alone: its subsystems
 * still hold exactly the shares a new distribution would give them (only this system sets power).
 */
public final class PowerSystem implements SimSystem {
    /** Scratch: this ship's asks by subsystem index, power units; only valid within one distribute. */
    private double[] asks = new double[16];
    /**
     * Pure cache by ship id: the ship last distributed for (null = none) and its inputs then —
     * [cloak engaged (1/0), then health and allocation of each subsystem by index].
     */
    private Ship[] inputsOf = new Ship[0];
    private double[][] inputs = new double[0][];

    @Override public void run(World world) {
        List<Ship> ships = world.ships();
        for (int i = 0, n = ships.size(); i < n; i++) {
            Ship ship = ships.get(i);
            if (ship.destroyed()) continue;
            int id = ship.id();
            if (id >= inputsOf.length) growCache(id);
            if (inputsOf[id] == ship && unchanged(ship, inputs[id])) continue;
            int count = ship.subsystemCount();
            if (asks.length < count) asks = new double[count];
            double[] seen = inputs[id];
            if (seen == null || seen.length != 1 + 2 * count) inputs[id] = seen = new double[1 + 2 * count];
            inputsOf[id] = ship;
            distribute(ship, asks, seen);
        }
    }

    static void distribute(Ship ship) {
        int count = ship.subsystemCount();
        distribute(ship, new double[count], new double[1 + 2 * count]);
    }

    /** True if the cloak and every subsystem's health and allocation are as {@code seen} recorded them. */
    private static boolean unchanged(Ship ship, double[] seen) {
        if (seen[0] != (ship.cloak.engaged ? 1 : 0)) return false;
        for (int i = 0, k = 1, n = ship.subsystemCount(); i < n; i++, k += 2) {
            Subsystem s = ship.subsystem(i);
            if (s.health() != seen[k] || s.allocation() != seen[k + 1]) return false;
        }
        return true;
    }

    /**
     * @param asks scratch of at least {@code ship.subsystemCount()} entries
     * @param seen receives the inputs, as {@link #unchanged} reads them
     */
    private static void distribute(Ship ship, double[] asks, double[] seen) {
        HullClass hull = ship.hull();
        Subsystem reactor = ship.subsystemOf(SubsystemKind.REACTOR);
        double supply = reactor.destroyed() ? 0 : hull.reactorOutput() * reactor.healthFraction();
        boolean cloakEngaged = ship.cloak.engaged;
        seen[0] = cloakEngaged ? 1 : 0;
        int count = ship.subsystemCount();
        double asked = 0;
        for (int i = 0, k = 1; i < count; i++, k += 2) {
            Subsystem s = ship.subsystem(i);
            double health = s.health(), allocation = s.allocation();
            seen[k] = health;
            seen[k + 1] = allocation;
            double ask = 0;
            // a destroyed subsystem (health <= 0) and the reactor ask for nothing
            if (health > 0) {
                SubsystemSpec spec = s.spec();
                SubsystemKind kind = spec.kind();
                if (kind != SubsystemKind.REACTOR) {
                    ask = spec.powerDemand() * allocation;
                    if (kind == SubsystemKind.CLOAK && cloakEngaged) ask += hull.cloakDrain() * allocation;
                }
            }
            asks[i] = ask;
            asked += ask;
        }
        double scale = asked <= supply ? 1.0 : supply / asked;
        for (int i = 0; i < count; i++) {
            double ask = asks[i];
            ship.subsystem(i).setPower(ask, ask * scale);
        }
    }

    private void growCache(int id) {
        int n = StrictMath.max(id + 1, inputsOf.length * 2);
        inputsOf = Arrays.copyOf(inputsOf, n);
        inputs = Arrays.copyOf(inputs, n);
    }
}
