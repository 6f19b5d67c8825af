package io.starbridge.sim.event;

/**
 * Someone spoke on a channel of ship {@code shipId} (the {@code "suit"} channel: its crew and its
 * away team). {@code fromRole} is the sending station's role, {@code fromMember} the sender's
 * member id (so a station can tell its own words from the others'); {@code text} is trimmed.
 */
public record CommsMessage(long tick, int shipId, String channel, String fromRole, String fromMember, String text)
        implements SimEvent {}
