package io.starbridge.server;

import io.starbridge.protocol.ClientMessage.CommandMessage;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandCodec;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.Role;
import io.starbridge.station.Permissions;

/**
 * The socket-side check of one station command before it may be queued for a tick: decode its
 * fields with the origin of the seat (never the client's), then role permission, then the
 * command's own value ranges. Pure: reads no world and no session, so a refused command has
 * changed nothing. Thread-safe.
 */
public final class CommandAdmission {
    /** Longest reason sent back, chars: a hostile field name or value is not echoed in full. */
    static final int MAX_REASON_CHARS = 300;

    /** What the check decided: exactly one of {@code command} and {@code reason} is non-null. */
    public record Verdict(Command command, String reason) {
        public boolean admitted() { return command != null; }
    }

    private final Permissions permissions;

    public CommandAdmission(Permissions permissions) {
        this.permissions = permissions;
    }

    /** @return the decoded command, or the reason (prefixed with the command type) it is refused */
    public Verdict check(CommandMessage message, int shipId, Role role, String memberId) {
        Command command;
        try {
            command = CommandCodec.decode(message.type(), message.fields(), new CommandOrigin(shipId, role, memberId, message.seq()));
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
        String reason = permissions.checkCommand(role, command);
        if (reason == null) reason = command.checkValues();
        return reason == null ? new Verdict(command, null) : refused(message.type() + ": " + reason);
    }

    private static Verdict refused(String reason) {
        String r = reason == null || reason.isBlank() ? "invalid command" : reason;
        return new Verdict(null, r.length() <= MAX_REASON_CHARS ? r : r.substring(0, MAX_REASON_CHARS) + "…");
    }
}
