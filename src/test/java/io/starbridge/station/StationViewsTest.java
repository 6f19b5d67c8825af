package io.starbridge.station;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.Simulation;
import io.starbridge.sim.World;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetCloak;
import io.starbridge.sim.command.SetThrottle;
import io.starbridge.sim.ship.HullCatalog;
import io.starbridge.sim.ship.Ship;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StationViewsTest {
    private static final GameInfo INFO = new GameInfo("g1", "strike", false, null, null);
    private World world;
    private Simulation sim;
    private Ship vigil, mothership;

    @BeforeEach void twoShipsThreeKilometresApart() {
        world = new World(1);
        vigil = world.addShip(id -> new Ship(id, "Vigil", 0, HullCatalog.CORVETTE));
        mothership = world.addShip(id -> new Ship(id, "Mothership", 1, HullCatalog.MOTHERSHIP));
        mothership.motion.x = 3_000;
        sim = new Simulation(world);
        sim.step();
    }

    @SuppressWarnings("unchecked")
    @Test void a_cloaked_ship_beyond_cloak_detection_range_is_absent_from_the_enemys_views() {
        assertThat(contacts(mothership, Role.OBSERVER)).containsKey("1");
        sim.step(List.of(new SetCloak(new CommandOrigin(vigil.id(), Role.ENGINEERING, "m1", 1), true)));
        sim.step();
        for (Role role : Role.values()) {
            Object entry = contacts(mothership, role).get("1");
            // at most the last-known position from before the cloak, never a live contact
            if (entry != null) assertThat((Map<String, Object>) entry).as(role.name()).containsEntry("lost", true).doesNotContainKey("name");
        }
        assertThat(StationViews.build(world, mothership, Role.OBSERVER, INFO, null).toString()).doesNotContain("Vigil");
    }

    @Test void scanned_subsystem_details_appear_only_for_scanned_contacts_and_only_where_detailed() {
        assertThat(contact(vigil, Role.WEAPONS, "2")).containsEntry("scanned", false).doesNotContainKey("subsystems");
        vigil.contacts.markScanned(mothership.id());
        assertThat(contact(vigil, Role.WEAPONS, "2")).containsEntry("scanned", true).containsKey("subsystems");
        assertThat(contact(vigil, Role.SCIENCE, "2")).containsKey("subsystems");
        assertThat(contact(vigil, Role.HELM, "2")).doesNotContainKey("subsystems");
    }

    @Test void each_role_sees_its_own_sections_and_quantised_numbers() {
        sim.step(List.of(new SetThrottle(new CommandOrigin(vigil.id(), Role.HELM, "m1", 1), 0.123456)));
        Map<String, Object> helm = StationViews.build(world, vigil, Role.HELM, INFO, null);
        assertThat(helm).containsKeys("tick", "game", "ship", "helm", "contacts").doesNotContainKeys("engineering", "weapons", "world");
        assertThat(((Map<?, ?>) helm.get("helm")).get("throttle")).isEqualTo(0.123);
        assertThat(((Map<?, ?>) helm.get("ship")).get("x")).isInstanceOf(Long.class);
        assertThat(StationViews.build(world, vigil, Role.ENGINEERING, INFO, null)).containsKey("engineering").doesNotContainKey("contacts");
        assertThat(StationViews.build(world, vigil, Role.GAME_MASTER, INFO, null)).containsKeys("world", "engineering", "weapons");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> contacts(Ship own, Role role) {
        Object c = StationViews.build(world, own, role, INFO, null).get("contacts");
        return c == null ? Map.of() : (Map<String, Object>) c;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> contact(Ship own, Role role, String id) {
        return (Map<String, Object>) contacts(own, role).get(id);
    }
}
