package io.starbridge.station;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetCloak;
import io.starbridge.sim.command.SpawnShip;
import org.junit.jupiter.api.Test;

class PermissionsTest {
    private final Permissions permissions = new Permissions();

    @Test void helm_may_not_cloak_but_engineering_may() {
        SetCloak cloak = new SetCloak(new CommandOrigin(1, Role.HELM, "m1", 1), true);
        assertThat(permissions.checkCommand(Role.HELM, cloak)).contains("HELM may not send SetCloak");
        assertThat(permissions.checkCommand(Role.ENGINEERING, cloak)).isNull();
        assertThat(permissions.commandTypes(Role.HELM)).contains("SetThrottle", "CombatManeuver").doesNotContain("SetCloak");
    }

    @Test void observer_and_view_screen_send_no_commands_at_all() {
        SetCloak cloak = new SetCloak(new CommandOrigin(1, Role.OBSERVER, "m1", 1), true);
        SpawnShip spawn = new SpawnShip(new CommandOrigin(1, Role.OBSERVER, "m1", 1), "frigate", "X", 1, 0, 0, true);
        for (Role role : new Role[] {Role.OBSERVER, Role.VIEWSCREEN}) {
            assertThat(permissions.commandTypes(role)).as(role.name()).isEmpty();
            assertThat(permissions.checkCommand(role, cloak)).contains("sends no ship commands");
            assertThat(permissions.checkCommand(role, spawn)).contains("sends no ship commands");
        }
    }

    @Test void game_master_may_spawn_but_not_fly_a_ship() {
        SetCloak cloak = new SetCloak(new CommandOrigin(1, Role.GAME_MASTER, "m1", 1), true);
        SpawnShip spawn = new SpawnShip(new CommandOrigin(1, Role.GAME_MASTER, "m1", 2), "frigate", "X", 1, 0, 0, true);
        assertThat(permissions.commandTypes(Role.GAME_MASTER)).containsExactly("SpawnShip");
        assertThat(permissions.checkCommand(Role.GAME_MASTER, cloak)).contains("GAME_MASTER may not send SetCloak");
        assertThat(permissions.checkCommand(Role.GAME_MASTER, spawn)).isNull();
        assertThat(permissions.commandTypes(Role.HELM)).doesNotContain("SpawnShip");
    }
}
