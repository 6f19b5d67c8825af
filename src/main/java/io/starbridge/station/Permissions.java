package io.starbridge.station;

import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.Role;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which station may send what. Ship commands follow each command's own {@code allowedRoles()};
 * the observer and the view screen send nothing; the game master sends only the commands made for it
 * ({@code SpawnShip}) and has server-side actions (pause, resume, message).
 */
public final class Permissions {
    /** Roles that are one person per player ship. */
    private static final Set<Role> CREW_SEATS = Collections.unmodifiableSet(EnumSet.of(
            Role.HELM, Role.WEAPONS, Role.ENGINEERING, Role.SCIENCE, Role.COMMS, Role.CAPTAIN, Role.AWAY_TEAM));
    /** Roles that never command anything, whatever a command's own role list says. */
    private static final Set<Role> SILENT = Collections.unmodifiableSet(EnumSet.of(
            Role.OBSERVER, Role.VIEWSCREEN));

    private final Map<Role, List<String>> commandTypesByRole = new EnumMap<>(Role.class);

    public Permissions() {
        for (Role role : Role.values()) commandTypesByRole.put(role, new ArrayList<>());
        for (Class<?> type : Command.class.getPermittedSubclasses()) {
            Set<Role> allowed = sample(type).allowedRoles();
            for (Role role : allowed)
                if (!SILENT.contains(role)) commandTypesByRole.get(role).add(type.getSimpleName());
        }
        for (Map.Entry<Role, List<String>> e : commandTypesByRole.entrySet()) {
            Collections.sort(e.getValue());
            e.setValue(List.copyOf(e.getValue()));
        }
    }

    /** Command type names a role may send, sorted; empty for observer and view screen. */
    public List<String> commandTypes(Role role) { return commandTypesByRole.get(role); }

    /** @return null if the role may send this command, else the reason it may not */
    public String checkCommand(Role role, Command command) {
        String type = command.getClass().getSimpleName();
        if (SILENT.contains(role)) return role + " sends no ship commands";
        if (!command.allowedRoles().contains(role))
            return role + " may not send " + type + " (allowed: " + sortedRoles(command.allowedRoles()) + ")";
        return null;
    }

    /** One person per player ship: helm, weapons, engineering, science, comms, captain, away team. */
    public boolean isCrewSeat(Role role) { return CREW_SEATS.contains(role); }

    /** Whether the role must sit on a player ship (crew seats and the view screen). */
    public boolean needsPlayerShip(Role role) { return isCrewSeat(role) || role == Role.VIEWSCREEN; }

    /** Whether several people may hold the role on one ship at once. */
    public boolean shared(Role role) { return role == Role.OBSERVER || role == Role.VIEWSCREEN; }

    private static List<Role> sortedRoles(Set<Role> roles) {
        List<Role> out = new ArrayList<>(roles);
        Collections.sort(out);
        return out;
    }

    /** An instance with default values, only to ask its {@code allowedRoles()}. */
    private static Command sample(Class<?> type) {
        RecordComponent[] rcs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rcs.length];
        Object[] args = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
            if (types[i] == CommandOrigin.class) args[i] = new CommandOrigin(0, Role.OBSERVER, "sample", 0);
            else if (types[i] == double.class) args[i] = 0.0;
            else if (types[i] == int.class) args[i] = 0;
            else if (types[i] == long.class) args[i] = 0L;
            else if (types[i] == boolean.class) args[i] = false;
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            return (Command) ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot sample command " + type, e);
        }
    }
}
