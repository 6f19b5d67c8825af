package io.starbridge.sim;

import static io.starbridge.sim.SimHarness.ENEMY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetHeading;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.event.BecameDerelict;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.SubsystemKind;
import org.junit.jupiter.api.Test;

/** Beat 4: with its critical subsystems gone, the enemy is a dark hull drifting. */
class DerelictTest {
    private final SimHarness sim = SimHarness.seeded(4);
    private final Ship mothership = sim.spawn(HullCatalog.MOTHERSHIP, ENEMY, 0, 0, 0);

    @Test
    void ship_whose_reactor_drives_and_weapons_are_destroyed_becomes_derelict_once_and_drifts() {
        sim.station(mothership, Role.HELM).send(o -> new SetThrottle(o, 1));
        sim.tickSeconds(5);
        destroy(SubsystemKind.REACTOR);
        destroy(SubsystemKind.DRIVE);
        sim.tickSeconds(1);
        assertThat(sim.events(BecameDerelict.class)).as("weapons still stand").isEmpty();

        destroy(SubsystemKind.WEAPONS);
        sim.tick();
        assertThat(sim.lastTickEvents()).contains(new BecameDerelict(sim.tickNow(), mothership.id()));
        assertThat(mothership.derelict()).isTrue();

        // helm still asks for thrust and a turn: nothing answers
        sim.station(mothership, Role.HELM).send(o -> new SetThrottle(o, 1));
        sim.station(mothership, Role.HELM).send(o -> new SetHeading(o, 1));
        double vx = mothership.motion.vx, vy = mothership.motion.vy, heading = mothership.motion.heading;
        assertThat(vx).isPositive();
        for (int i = 0; i < 600; i++) {
            double x = mothership.motion.x, y = mothership.motion.y;
            sim.tick();
            assertThat(mothership.motion.vx).isEqualTo(vx);
            assertThat(mothership.motion.vy).isEqualTo(vy);
            assertThat(mothership.motion.x - x).isCloseTo(vx * Tick.DT, within(1e-9));
            assertThat(mothership.motion.y - y).isCloseTo(vy * Tick.DT, within(1e-9));
        }
        assertThat(mothership.motion.heading).isEqualTo(heading);
        assertThat(sim.events(BecameDerelict.class)).hasSize(1);
        for (int i = 0; i < mothership.subsystemCount(); i++)
            assertThat(mothership.subsystem(i).power()).as("lights out").isZero();
    }

    private void destroy(SubsystemKind kind) {
        mothership.subsystemOf(kind).damage(Double.MAX_VALUE);
    }
}
