package io.starbridge.sim.ship;

import io.starbridge.sim.SimSystem;
import io.starbridge.sim.World;

/**
 * Shares the reactor's output among subsystems by engineering's allocation. Each subsystem asks
 * for {@code demand × allocation}; an engaged cloak asks for the hull's cloak drain on top. When
 * the asks exceed the supply every one is scaled down alike. A destroyed reactor supplies nothing:
 * no power anywhere (lights out). Power is never negative.
 */
public final class PowerSystem implements SimSystem {
    @Override public void run(World world) {
        for (Ship ship : world.ships()) {
            if (ship.destroyed()) continue;
            distribute(ship);
        }
    }

    static void distribute(Ship ship) {
        Subsystem reactor = ship.subsystemOf(SubsystemKind.REACTOR);
        double supply = reactor.destroyed() ? 0 : ship.hull().reactorOutput() * reactor.healthFraction();
        double asked = 0;
        for (int i = 0; i < ship.subsystemCount(); i++) asked += ask(ship, ship.subsystem(i));
        double scale = asked <= supply ? 1.0 : supply / asked;
        for (int i = 0; i < ship.subsystemCount(); i++) {
            Subsystem s = ship.subsystem(i);
            double ask = ask(ship, s);
            s.setPower(ask, ask * scale);
        }
    }

    private static double ask(Ship ship, Subsystem s) {
        if (s.destroyed() || s.kind() == SubsystemKind.REACTOR) return 0;
        double ask = s.spec().powerDemand() * s.allocation();
        if (s.kind() == SubsystemKind.CLOAK && ship.cloak.engaged) ask += ship.hull().cloakDrain() * s.allocation();
        return ask;
    }
}
