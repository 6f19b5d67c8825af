package io.starbridge.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.starbridge.sim.event.ShipHit;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.interior.Room;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.HullClass;
import io.starbridge.sim.ship.MountKind;
import io.starbridge.sim.ship.Ship;
import io.starbridge.sim.ship.SubsystemClass;
import io.starbridge.sim.ship.SubsystemKind;
import io.starbridge.sim.ship.SubsystemSpec;
import io.starbridge.sim.ship.WeaponMount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mission file may define hull classes of its own (scenarios/good/custom-hulls.yaml): "a frigate but
 * faster" by {@code base} and overrides, one built on that, and one written in full.
 */
class FileHullTest {
    private static FileScenario customHulls() {
        var file = ScenarioFileCheck.RESOURCES.resolve("good/custom-hulls.yaml");
        return ScenarioFiles.loadMission(file.toString(), ScenarioFileCheck.bytes(file));
    }

    private static Ship ship(Mission mission, String name) {
        return mission.world().ships().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test void a_hull_with_a_base_is_the_base_but_for_the_fields_the_file_gives() {
        HullClass gunboat = customHulls().spec().hullClass("gunboat");
        HullClass frigate = HullCatalog.FRIGATE;

        assertThat(gunboat.id()).isEqualTo("gunboat");
        assertThat(gunboat.name()).isEqualTo("Gunboat");
        assertThat(gunboat.maxSpeed()).isEqualTo(400);
        assertThat(gunboat.torpedo().speed()).isEqualTo(1500);
        // everything else is the frigate's, nested fields included
        assertThat(gunboat.torpedo().damage()).isEqualTo(frigate.torpedo().damage());
        assertThat(gunboat.torpedo().turnRate()).isEqualTo(frigate.torpedo().turnRate());
        assertThat(gunboat.mass()).isEqualTo(frigate.mass());
        assertThat(gunboat.turnRate()).isEqualTo(frigate.turnRate());
        assertThat(gunboat.jumpDrive()).isEqualTo(frigate.jumpDrive());
        assertThat(gunboat.subsystems()).isEqualTo(frigate.subsystems());
        assertThat(gunboat.mounts()).isEqualTo(frigate.mounts());
    }

    @Test void a_hull_may_build_on_a_file_hull_above_it_and_replace_its_mounts() {
        HullClass heavy = customHulls().spec().hullClass("heavy-gunboat");

        assertThat(heavy.maxSpeed()).isEqualTo(400);   // the gunboat's
        assertThat(heavy.maxHull()).isEqualTo(900);
        assertThat(heavy.mounts()).extracting(WeaponMount::id).containsExactly("beam", "tube");
        assertThat(heavy.subsystems()).isEqualTo(HullCatalog.FRIGATE.subsystems());
    }

    @Test void a_hull_written_in_full_has_the_files_figures_in_world_units() {
        HullClass courier = customHulls().spec().hullClass("courier");

        assertThat(courier.radius()).isEqualTo(40);
        assertThat(courier.mass()).isEqualTo(5.0e6);
        assertThat(courier.maxAcceleration()).isEqualTo(40);
        assertThat(courier.turnRate()).isCloseTo(Math.toRadians(45), within(1e-12));  // the file gives deg/s
        assertThat(courier.sensorPeriodTicks()).isEqualTo(2);
        assertThat(courier.torpedoStock()).isEqualTo(4);
        assertThat(courier.hasCloak()).isFalse();
        assertThat(courier.torpedo().turnRate()).isCloseTo(Math.toRadians(80), within(1e-12));
        assertThat(courier.maneuver().chargeCost()).isEqualTo(0.35);
        assertThat(courier.jumpDrive().hyperSpeed()).isEqualTo(400_000);
        assertThat(courier.subsystems()).hasSize(7).first()
                .isEqualTo(new SubsystemSpec("reactor", "Reactor", SubsystemKind.REACTOR, SubsystemClass.CRITICAL, -10, 0, 200, 0));
        assertThat(courier.subsystems().get(6).kind()).isEqualTo(SubsystemKind.JUMP_DRIVE);
        WeaponMount port = courier.mounts().get(0);
        assertThat(port.kind()).isEqualTo(MountKind.BEAM);
        assertThat(port.facing()).isCloseTo(Math.toRadians(20), within(1e-12));
        assertThat(port.halfArc()).isCloseTo(Math.toRadians(60), within(1e-12));
        assertThat(courier.mounts().get(2)).extracting(WeaponMount::kind, WeaponMount::damage).containsExactly(MountKind.TORPEDO_TUBE, 0.0);
    }

    @Test void ships_of_file_hulls_are_built_with_them_and_a_file_hull_is_boarded_through_its_plan() {
        Mission mission = customHulls().start(3, null);

        Ship swift = ship(mission, "Swift");
        assertThat(swift.hull().id()).isEqualTo("courier");
        assertThat(swift.hullPoints()).isEqualTo(600);
        assertThat(swift.weapons.torpedoesLeft).isEqualTo(4);
        assertThat(ship(mission, "Raider").hull().maxSpeed()).isEqualTo(400);
        assertThat(ship(mission, "Hulk").hull().maxHull()).isEqualTo(900);
        var tender = mission.world().interiors().interior(ship(mission, "Tender").id());
        assertThat(tender.plan().rooms()).extracting(Room::id).containsExactly("corridor", "bridge", "engine", "deck", "airlock");
        assertThat(mission.world().interiors().members()).hasSize(1);
    }

    @Test void the_mission_plays_headless_the_file_ships_fight_and_a_seed_gives_one_run() {
        Mission a = customHulls().start(7, null), b = customHulls().start(7, null);
        List<SimEvent> hits = new ArrayList<>();
        for (int i = 0; i < 60 * 90 && !a.ended(); i++) {
            for (SimEvent e : a.step(List.of())) if (e instanceof ShipHit) hits.add(e);
            b.step(List.of());
        }
        Ship swift = ship(a, "Swift"), raider = ship(a, "Raider");

        // the gunboat (a file hull with the enemy AI) found the courier (a file hull) and hit it
        assertThat(hits).extracting(e -> ((ShipHit) e).targetId()).contains(swift.id());
        assertThat(hits).extracting(e -> ((ShipHit) e).attackerId()).containsOnly(raider.id());
        assertThat(a.world().stateHash()).isEqualTo(b.world().stateHash());
    }

    @Test void a_game_master_spawns_ships_of_the_file_s_hull_classes_and_an_unknown_class_is_refused_with_the_known_ones() {
        Mission mission = customHulls().start(7, null);
        Ship swift = ship(mission, "Swift");
        assertThat(mission.world().hullClassIds()).containsExactly("corvette", "frigate", "mothership", "gunboat", "heavy-gunboat", "courier");
        io.starbridge.sim.command.CommandOrigin gm = new io.starbridge.sim.command.CommandOrigin(swift.id(),
                io.starbridge.sim.command.Role.GAME_MASTER, "gm", 1);
        List<SimEvent> events = new ArrayList<>(mission.step(List.of(
                new io.starbridge.sim.command.SpawnShip(gm, "heavy-gunboat", "Reinforcement", 1, 20_000, 0, true),
                new io.starbridge.sim.command.SpawnShip(gm, "dreadnought", "Nobody", 1, 20_000, 0, true))));

        Ship reinforcement = ship(mission, "Reinforcement");
        assertThat(reinforcement.hull().id()).isEqualTo("heavy-gunboat");
        assertThat(reinforcement.hull().maxHull()).isEqualTo(900);
        assertThat(events).filteredOn(e -> e instanceof io.starbridge.sim.event.CommandRejected).singleElement()
                .satisfies(e -> assertThat(((io.starbridge.sim.event.CommandRejected) e).reason())
                        .contains("unknown hull class 'dreadnought'").contains("heavy-gunboat"));
    }

    @Test void a_file_without_hulls_has_none_and_names_only_built_in_hull_classes() {
        var file = ScenarioFileCheck.RESOURCES.resolve("good/patrol.yaml");
        MissionSpec spec = ScenarioFiles.loadMission(file.toString(), ScenarioFileCheck.bytes(file)).spec();

        assertThat(spec.hulls()).isEmpty();
        assertThat(spec.hullClass("frigate")).isSameAs(HullCatalog.FRIGATE);
    }
}
