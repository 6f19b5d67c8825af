package io.starbridge.sim.command;

/**
 * Who sent a command: the ship it acts on, the sending station's role, the crew member
 * (a stable id, "ai" for an AI crew, "bot-helm" … for bots) and the client's sequence number.
 */
public record CommandOrigin(int shipId, Role role, String memberId, long seq) implements java.io.Serializable {
    public CommandOrigin {
        if (role == null) throw new IllegalArgumentException("role is required");
        if (memberId == null || memberId.isBlank()) throw new IllegalArgumentException("memberId is required");
    }
}
