package io.starbridge.protocol;

import io.starbridge.protocol.ClientMessage.CommandMessage;
import io.starbridge.protocol.ClientMessage.GmAction;
import io.starbridge.protocol.ClientMessage.Hello;
import io.starbridge.protocol.ClientMessage.Leave;
import io.starbridge.protocol.ClientMessage.Ping;
import io.starbridge.protocol.ClientMessage.Resume;
import io.starbridge.sim.command.Role;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The registry of client message types ({@code msg} values) and how each is read. */
final class MessageTypes {
    @FunctionalInterface
    interface Reader { ClientMessage read(JsonFields f) throws ProtocolException; }

    /** Origin fields a command must not carry: the session decides them. */
    private static final Set<String> ORIGIN = Set.of("shipId", "role", "member", "origin");
    /** A browser's random person id: long enough not to be guessed by accident, short enough to log. */
    private static final java.util.regex.Pattern PERSON_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Set<String> GM_ACTIONS = Set.of("pause", "resume", "message", "spawn", "save");

    static final Map<String, Reader> READERS;
    /** Names of the server's message types, for documentation and tests. */
    static final List<String> SERVER_TYPES = List.of("welcome", "view", "delta", "ack", "rejected", "event", "pong", "error");

    static {
        Map<String, Reader> m = new TreeMap<>();
        m.put("hello", MessageTypes::hello);
        m.put("resume", MessageTypes::resume);
        m.put("command", MessageTypes::command);
        m.put("gm", MessageTypes::gm);
        m.put("ping", f -> { f.onlyFields(Set.of("clientTimeMs")); return new Ping(f.requiredDouble("clientTimeMs")); });
        m.put("leave", f -> { f.onlyFields(Set.of()); return new Leave(); });
        READERS = Collections.unmodifiableMap(m);
    }

    private MessageTypes() {}

    private static ClientMessage hello(JsonFields f) throws ProtocolException {
        f.onlyFields(Set.of("v", "gameId", "shipId", "role", "name", "crewCode", "personId"));
        int v = f.requiredInt("v");
        String roleName = f.requiredString("role");
        Role role;
        try { role = Role.valueOf(roleName); }
        catch (IllegalArgumentException e) {
            throw f.fail("unknown role '" + roleName + "'; known: " + Arrays.toString(Role.values()));
        }
        String name = f.requiredString("name").strip();
        if (name.isEmpty() || name.length() > 40) throw f.fail("'name' must be 1 to 40 characters");
        String personId = f.optionalString("personId", null);
        if (personId != null && !PERSON_ID.matcher(personId).matches())
            throw f.fail("'personId' must be 8 to 64 letters, digits, '-' or '_'");
        return new Hello(v, f.requiredString("gameId"), f.requiredInt("shipId"), role, name, f.optionalString("crewCode", ""),
                personId);
    }

    private static ClientMessage resume(JsonFields f) throws ProtocolException {
        f.onlyFields(Set.of("v", "token"));
        return new Resume(f.requiredInt("v"), f.requiredString("token"));
    }

    private static ClientMessage command(JsonFields f) throws ProtocolException {
        long seq = f.seq();
        String type = f.requiredString("type");
        Map<String, Object> fields = f.rest(Set.of("seq", "type", "react"));
        for (String key : fields.keySet())
            if (ORIGIN.contains(key)) throw f.fail("'" + key + "' comes from your seat, not from the message");
        return new CommandMessage(seq, type, fields, Reactions.parse(f.raw("react"), f));
    }

    private static ClientMessage gm(JsonFields f) throws ProtocolException {
        long seq = f.seq();
        f.onlyFields(Set.of("seq", "action", "text", "hull", "x", "y", "faction", "name"));
        String action = f.requiredString("action");
        if (!GM_ACTIONS.contains(action)) throw f.fail("unknown action '" + action + "'; known: " + new java.util.TreeSet<>(GM_ACTIONS));
        String text = f.optionalString("text", null);
        if (action.equals("message") && (text == null || text.isBlank() || text.length() > 200))
            throw f.fail("'text' must be 1 to 200 characters");
        String hull = null, name = null;
        double x = 0, y = 0;
        int faction = 0;
        if (action.equals("spawn")) {
            hull = f.requiredString("hull");
            x = f.requiredDouble("x");
            y = f.requiredDouble("y");
            faction = f.has("faction") ? f.requiredInt("faction") : 1;
            name = f.optionalString("name", hull);
            if (name.isBlank() || name.length() > 40) throw f.fail("'name' must be 1 to 40 characters");
        } else if (action.equals("save")) {
            name = f.requiredString("name"); // the save's name is checked where it is written (SavedGames)
        }
        return new GmAction(seq, action, text, hull, x, y, faction, name);
    }
}
