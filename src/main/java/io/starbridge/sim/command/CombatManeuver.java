package io.starbridge.sim.command;

import java.util.Set;

/** Helm: a hard evasive burst (boost forward/back, strafe left/right) paid for with charge and heat. */
public record CombatManeuver(CommandOrigin origin, double boost, double strafe) implements Command {
    private static final Set<Role> ROLES = Set.of(Role.HELM);

    @Override public Set<Role> allowedRoles() { return ROLES; }

    @Override public String checkValues() {
        String r = Command.range("boost", boost, -1.0, 1.0);
        if (r == null) r = Command.range("strafe", strafe, -1.0, 1.0);
        if (r == null && boost == 0 && strafe == 0) r = "a combat manoeuvre needs a boost or a strafe";
        return r;
    }
}
