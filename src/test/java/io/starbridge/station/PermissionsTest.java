package io.starbridge.station;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.SetCloak;
import org.junit.jupiter.api.Test;

class PermissionsTest {
    private final Permissions permissions = new Permissions();

    @Test void helm_may_not_cloak_but_engineering_may() {
        SetCloak cloak = new SetCloak(new CommandOrigin(1, Role.HELM, "m1", 1), true);
        assertThat(permissions.checkCommand(Role.HELM, cloak)).contains("HELM may not send SetCloak");
        assertThat(permissions.checkCommand(Role.ENGINEERING, cloak)).isNull();
        assertThat(permissions.commandTypes(Role.HELM)).contains("SetThrottle", "CombatManeuver").doesNotContain("SetCloak");
    }

    @Test void observer_view_screen_and_game_master_send_no_ship_commands() {
        SetCloak cloak = new SetCloak(new CommandOrigin(1, Role.OBSERVER, "m1", 1), true);
        for (Role role : new Role[] {Role.OBSERVER, Role.VIEWSCREEN, Role.GAME_MASTER}) {
            assertThat(permissions.commandTypes(role)).as(role.name()).isEmpty();
            assertThat(permissions.checkCommand(role, cloak)).contains("sends no ship commands");
        }
    }
}
