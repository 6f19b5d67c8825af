package io.starbridge.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.command.Dock;
import io.starbridge.sim.command.ForceDoor;
import io.starbridge.sim.command.MemberList;
import io.starbridge.sim.command.MoveTo;
import io.starbridge.sim.command.OpenDoor;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SearchRoom;
import io.starbridge.sim.command.SetTorch;
import io.starbridge.sim.event.BodyFound;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.DoorOpened;
import io.starbridge.sim.event.MemberLost;
import io.starbridge.sim.interior.AwayMember;
import io.starbridge.sim.interior.DeckPlan;
import io.starbridge.sim.interior.DeckPlans;
import io.starbridge.sim.interior.DoorState;
import io.starbridge.sim.interior.Lighting;
import io.starbridge.sim.interior.PathFinder;
import io.starbridge.sim.interior.Waypoint;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.SubsystemSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deck plans, doors, path finding, lighting, fog of war and suit air. */
class InteriorTest {

    @Test
    void every_subsystem_of_a_boardable_hull_has_a_room_in_its_deck_plan() {
        for (HullClass hull : List.of(HullCatalog.CORVETTE, HullCatalog.MOTHERSHIP)) {
            DeckPlan plan = DeckPlans.forHull(hull.id());
            for (SubsystemSpec s : hull.subsystems())
                assertThat(plan.roomOfSubsystem(s.id())).as(hull.id() + " " + s.id()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void the_path_finder_takes_the_shortest_way_and_only_through_passable_doors() {
        DeckPlan plan = DeckPlans.MOTHERSHIP;
        int airlock = plan.airlock(), bridge = plan.bridge();
        List<Waypoint> path = PathFinder.route(plan, null, 2, airlock, 10, 23, bridge, 110, 0);
        assertThat(path).extracting(w -> plan.room(w.room()).id())
                .containsExactly("corridor-mid", "corridor-fore", "bridge", "bridge");
        boolean[] passable = new boolean[plan.doors().size()];
        java.util.Arrays.fill(passable, true);
        passable[plan.doorIndex("corridor-fore/bridge")] = false;
        assertThat(PathFinder.route(plan, passable, 2, airlock, 10, 23, bridge, 110, 0)).as("the bridge has one door").isNull();
    }

    @Test
    void a_closed_door_blocks_the_way_and_the_move_is_rejected_naming_it() {
        BoardingScene s = new BoardingScene();
        s.away(o -> new MoveTo(o, MemberList.of(s.first.id()), s.enemy.id(), 0, 0));
        s.sim.tick();
        assertThat(s.sim.events(CommandRejected.class)).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("door airlock/corridor-mid is closed"));
    }

    @Test
    void an_opened_door_lets_the_team_walk_through_it() {
        BoardingScene s = new BoardingScene();
        String both = MemberList.of(s.first.id(), s.second.id());
        s.away(o -> new MoveTo(o, both, s.enemy.id(), 10, 10));
        s.sim.tickUntil("both aboard the mothership's airlock", 120, () -> !s.first.moving() && !s.second.moving());
        assertThat(s.roomOf(s.first)).isEqualTo("airlock");
        assertThat(s.first.shipId()).isEqualTo(s.enemy.id());
        s.away(o -> new OpenDoor(o, s.first.id(), "airlock/corridor-mid"));
        s.sim.awaitEvent(DoorOpened.class, 3);
        s.away(o -> new MoveTo(o, both, s.enemy.id(), 0, 0));
        s.sim.tickUntil("in the corridor", 60, () -> !s.first.moving());
        assertThat(s.roomOf(s.first)).isEqualTo("corridor-mid");
        assertThat(s.sim.events(CommandRejected.class)).isEmpty();
    }

    @Test
    void a_locked_door_will_not_open_but_yields_to_eight_seconds_of_force_and_a_jammed_one_to_fifteen() {
        BoardingScene s = new BoardingScene();
        s.hull.setDoor("airlock/corridor-mid", DoorState.LOCKED);
        s.away(o -> new MoveTo(o, MemberList.of(s.first.id()), s.enemy.id(), 10, 10));
        s.sim.tickUntil("aboard", 120, () -> !s.first.moving());
        s.away(o -> new OpenDoor(o, s.first.id(), "airlock/corridor-mid"));
        s.sim.tick();
        assertThat(s.sim.events(CommandRejected.class)).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("locked: force it"));
        s.away(o -> new ForceDoor(o, s.first.id(), "airlock/corridor-mid"));
        long start = s.sim.tickNow() + 1;
        DoorOpened opened = s.sim.awaitEvent(DoorOpened.class, 20);
        assertThat(opened.forced()).isTrue();
        assertThat(opened.tick() - start).isBetween(8L * 60 - 2, 8L * 60 + 2);

        s.hull.setDoor("hold/corridor-mid", DoorState.JAMMED);
        s.away(o -> new MoveTo(o, MemberList.of(s.first.id()), s.enemy.id(), 30, 5));
        s.sim.tickUntil("at the hold door", 60, () -> !s.first.moving());
        s.away(o -> new ForceDoor(o, s.first.id(), "hold/corridor-mid"));
        long jamStart = s.sim.tickNow() + 1;
        DoorOpened jam = s.sim.awaitEvent(DoorOpened.class, 30);
        assertThat(jam.tick() - jamStart).isBetween(15L * 60 - 2, 15L * 60 + 2);
    }

    @Test
    void lights_follow_power_and_a_destroyed_subsystem_darkens_its_room() {
        BoardingScene s = new BoardingScene();
        DeckPlan plan = s.hull.plan();
        assertThat(Lighting.lit(s.enemy, plan, plan.bridge())).isTrue();
        s.enemy.subsystem("sensor-array").damage(1e9);
        assertThat(Lighting.lit(s.enemy, plan, plan.roomIndex("sensor-room"))).as("damaged room").isFalse();
        assertThat(Lighting.lit(s.enemy, plan, plan.bridge())).isTrue();
        s.enemy.subsystem("reactor").damage(1e9);
        s.sim.tick();
        assertThat(Lighting.lit(s.enemy, plan, plan.bridge())).as("no reactor, no light").isFalse();
        assertThat(Lighting.lit(s.vigil, s.own.plan(), s.own.plan().bridge())).isTrue();
    }

    @Test
    void a_dark_room_is_unknown_until_a_torch_shows_it_and_remembered_after() {
        BoardingScene s = new BoardingScene();
        s.enemy.subsystem("reactor").damage(1e9);
        s.away(o -> new SetTorch(o, s.first.id(), false));
        s.away(o -> new MoveTo(o, MemberList.of(s.first.id()), s.enemy.id(), 10, 10));
        s.sim.tickUntil("aboard", 120, () -> !s.first.moving());
        int airlock = s.hull.plan().airlock();
        var fog = s.sim.world().interiors().fog(s.vigil.id());
        assertThat(fog.seen(s.enemy.id(), airlock)).as("dark, torch off").isFalse();
        assertThat(Lighting.visibleTo(s.sim.world().interiors(), s.enemy, s.vigil.id(), airlock, 10, 12)).isFalse();
        s.away(o -> new SetTorch(o, s.first.id(), true));
        s.sim.tick(2);
        assertThat(fog.seen(s.enemy.id(), airlock)).isTrue();
        assertThat(Lighting.visibleTo(s.sim.world().interiors(), s.enemy, s.vigil.id(), airlock, 10, 12)).as("in the torch's reach").isTrue();
        assertThat(Lighting.visibleTo(s.sim.world().interiors(), s.enemy, s.vigil.id(), airlock, 10, 39)).as("beyond it").isFalse();
        s.away(o -> new SetTorch(o, s.first.id(), false));
        s.sim.tick(2);
        assertThat(fog.seen(s.enemy.id(), airlock)).as("remembered").isTrue();
        assertThat(fog.seen(s.enemy.id(), s.hull.plan().bridge())).isFalse();
    }

    @Test
    void a_search_reveals_the_bodies_in_the_room() {
        BoardingScene s = new BoardingScene();
        s.hull.addBodies("airlock", 2);
        s.away(o -> new MoveTo(o, MemberList.of(s.first.id()), s.enemy.id(), 10, 10));
        s.sim.tickUntil("aboard", 120, () -> !s.first.moving());
        s.away(o -> new SearchRoom(o, s.first.id()));
        BodyFound found = s.sim.awaitEvent(BodyFound.class, 6);
        assertThat(found.bodies()).isEqualTo(2);
        assertThat(s.hull.searched(s.hull.plan().airlock())).isTrue();
    }

    @Test
    void a_member_whose_suit_air_runs_out_dies_sooner_in_vacuum() {
        BoardingScene s = new BoardingScene();
        s.hull.setVacuum("airlock", true);
        s.away(o -> new MoveTo(o, MemberList.of(s.first.id(), s.second.id()), s.enemy.id(), 10, 10));
        s.sim.tickUntil("aboard", 120, () -> !s.first.moving() && !s.second.moving());
        double airBefore = s.first.air();
        s.sim.tickSeconds(10);
        assertThat(airBefore - s.first.air()).as("4 s of air a second in vacuum").isCloseTo(40, org.assertj.core.data.Offset.offset(0.5));
        MemberLost lost = s.sim.awaitEvent(MemberLost.class, AwayMember.SUIT_AIR_SECONDS / 4 + 15);
        assertThat(lost.cause()).isEqualTo("air");
        AwayMember dead = s.sim.world().interiors().member(lost.memberId());
        assertThat(dead.alive()).isFalse();
        assertThat(dead.air()).isZero();
        s.away(o -> new MoveTo(o, MemberList.of(dead.id()), s.enemy.id(), 12, 10));
        s.sim.tick();
        assertThat(s.sim.lastTickEvents()).filteredOn(CommandRejected.class::isInstance).hasSize(1);
    }

    @Test
    void docking_is_refused_too_far_or_too_fast_with_the_reason() {
        BoardingScene s = new BoardingScene();
        s.vigil.motion.x = -300; // 370 m from the hull
        s.send(s.vigil.id(), Role.HELM, "helm", o -> new Dock(o, s.enemy.id()));
        s.sim.tick();
        assertThat(s.sim.events(CommandRejected.class)).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("too far to dock"));
        s.sim.clearEvents();
        s.vigil.motion.x = 0;
        s.vigil.motion.vy = 8;
        s.vigil.helm.targetHeading = StrictMath.PI / 2;
        s.vigil.motion.heading = StrictMath.PI / 2;
        s.send(s.vigil.id(), Role.HELM, "helm", o -> new Dock(o, s.enemy.id()));
        s.sim.tick();
        assertThat(s.sim.events(CommandRejected.class)).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("too fast to dock"));
    }
}
