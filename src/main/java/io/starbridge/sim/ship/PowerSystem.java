package io.starbridge.sim.ship;

import io.starbridge.sim.SimSystem;
import io.starbridge.sim.World;
import java.util.Arrays;

/**
 * Shares the reactor's output among subsystems by engineering's allocation. Each subsystem asks
 * for {@code demand × allocation}; an engaged cloak asks for the hull's cloak drain on top. When
 * the asks exceed the supply every one is scaled down alike. A destroyed reactor supplies nothing:
 * no power anywhere (lights out). Power is never negative.
 *
 * <p>Speed: this runs for every ship every tick, mostly before the JIT has compiled it, and on most
 * ticks nothing it reads has changed. The shares are a function of the cloak's state, of each
 * subsystem's allocation and whether it stands, and of the reactor's health (the rest is hull data);
 * the ship counts changes to all of these but the cloak ({@link Ship#powerInputsRevision}). So the
 * system remembers, per ship, the revision and cloak state it last distributed from, and leaves a ship
 * whose are the same alone: its subsystems still hold exactly the shares a new distribution would
 * give them (only this system sets power).
 */
public final class PowerSystem implements SimSystem {
    /** Scratch: this ship's asks by subsystem index, power units; only valid within one distribute. */
    private double[] asks = new double[16];
    /**
     * Pure cache by ship id: the ship last distributed for (null = none), its power-inputs revision
     * and whether its cloak was engaged then.
     */
    private Ship[] distributedFor = new Ship[0];
    private int[] revisionOf = new int[0];
    private boolean[] cloakEngagedOf = new boolean[0];

    @Override public void run(World world) {
        for (int i = 0, n = world.shipCount(); i < n; i++) {
            Ship ship = world.shipAt(i);
            if (ship.destroyed()) continue;
            int id = ship.id();
            if (id >= distributedFor.length) growCache(id);
            int revision = ship.powerInputsRevision();
            boolean cloakEngaged = ship.cloak.engaged;
            if (distributedFor[id] == ship && revisionOf[id] == revision && cloakEngagedOf[id] == cloakEngaged) continue;
            int count = ship.subsystemCount();
            if (asks.length < count) asks = new double[count];
            distributedFor[id] = ship;
            revisionOf[id] = revision;
            cloakEngagedOf[id] = cloakEngaged;
            distribute(ship, asks);
        }
    }

    static void distribute(Ship ship) {
        distribute(ship, new double[ship.subsystemCount()]);
    }

    /** @param asks scratch of at least {@code ship.subsystemCount()} entries */
    private static void distribute(Ship ship, double[] asks) {
        HullClass hull = ship.hull();
        Subsystem reactor = ship.subsystemOf(SubsystemKind.REACTOR);
        double supply = reactor.destroyed() ? 0 : hull.reactorOutput() * reactor.healthFraction();
        boolean cloakEngaged = ship.cloak.engaged;
        int count = ship.subsystemCount();
        double asked = 0;
        for (int i = 0; i < count; i++) {
            Subsystem s = ship.subsystem(i);
            double ask = 0;
            // a destroyed subsystem (health <= 0) and the reactor ask for nothing
            if (s.health() > 0) {
                SubsystemSpec spec = s.spec();
                SubsystemKind kind = spec.kind();
                if (kind != SubsystemKind.REACTOR) {
                    double allocation = s.allocation();
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
        int n = StrictMath.max(id + 1, distributedFor.length * 2);
        distributedFor = Arrays.copyOf(distributedFor, n);
        revisionOf = Arrays.copyOf(revisionOf, n);
        cloakEngagedOf = Arrays.copyOf(cloakEngagedOf, n);
    }
}
