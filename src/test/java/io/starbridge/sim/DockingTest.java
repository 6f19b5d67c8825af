package io.starbridge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.command.Dock;
import io.starbridge.sim.command.MemberList;
import io.starbridge.sim.command.MoveTo;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.command.Undock;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.Docked;
import io.starbridge.sim.event.Undocked;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Docking holds the ship on its host; undocking leaves nobody behind unless told to. */
class DockingTest {

    @Test
    void a_docked_ship_moves_with_its_host_whatever_its_helm_asks() {
        BoardingScene s = new BoardingScene();
        s.send(s.vigil.id(), Role.HELM, "helm", o -> new Dock(o, s.enemy.id()));
        s.sim.awaitEvent(Docked.class, 1);
        s.enemy.motion.vx = 3;
        s.send(s.vigil.id(), Role.HELM, "helm", o -> new SetThrottle(o, 1));
        s.sim.tickSeconds(10);
        assertThat(s.enemy.motion.x - s.vigil.motion.x).isCloseTo(1_000, Offset.offset(1e-6));
        assertThat(s.vigil.motion.vx).isEqualTo(s.enemy.motion.vx);
    }

    @Test
    void undocking_with_members_aboard_the_host_needs_leave_behind_and_leaves_them_there() {
        BoardingScene s = new BoardingScene();
        s.send(s.vigil.id(), Role.HELM, "helm", o -> new Dock(o, s.enemy.id()));
        s.sim.awaitEvent(Docked.class, 1);
        s.away(o -> new MoveTo(o, MemberList.of(s.first.id()), s.enemy.id(), 10, 10));
        s.sim.tickUntil("aboard the mothership", 60, () -> !s.first.moving());
        s.send(s.vigil.id(), Role.HELM, "helm", o -> new Undock(o, false));
        s.sim.tick();
        assertThat(s.sim.events(CommandRejected.class)).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("leaveBehind"));
        s.send(s.vigil.id(), Role.HELM, "helm", o -> new Undock(o, true));
        Undocked undocked = s.sim.awaitEvent(Undocked.class, 1);
        assertThat(undocked.leftBehind()).isEqualTo(1);
        assertThat(s.first.shipId()).isEqualTo(s.enemy.id());
        assertThat(s.sim.world().interiors().dockedTo(s.vigil.id())).isEqualTo(-1);
    }

    @Test
    void crossing_takes_five_seconds_docked_and_a_spacewalk_in_boarding_range_undocked() {
        BoardingScene docked = new BoardingScene(), loose = new BoardingScene();
        docked.send(docked.vigil.id(), Role.HELM, "helm", o -> new Dock(o, docked.enemy.id()));
        docked.sim.tick();
        for (BoardingScene s : new BoardingScene[] {docked, loose})
            s.away(o -> new MoveTo(o, MemberList.of(s.first.id()), s.enemy.id(), 10, 10));
        docked.sim.tickUntil("docked crossing", 30, () -> docked.first.shipId() == docked.enemy.id());
        loose.sim.tickUntil("spacewalk of 70 m at 2 m/s", 60, () -> loose.first.shipId() == loose.enemy.id());
        assertThat(loose.sim.tickNow()).isGreaterThan(docked.sim.tickNow() + 25 * 60);
    }
}
