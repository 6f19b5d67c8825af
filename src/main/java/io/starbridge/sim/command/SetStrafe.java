package io.starbridge.sim.command;

import java.util.Set;

/** Helm: lateral manoeuvring thrusters, -1 (right) to 1 (left) of full thruster force. */
public record SetStrafe(CommandOrigin origin, double strafe) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.HELM);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() { return Command.range("strafe", strafe, -1.0, 1.0); }
}
