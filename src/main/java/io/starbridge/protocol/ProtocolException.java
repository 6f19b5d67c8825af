package io.starbridge.protocol;

/**
 * A client message that cannot be accepted, with the reason sent back. {@link #seq()} is the
 * message's sequence number when it could be read (so the answer can be a {@code rejected}).
 */
public final class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Long seq;

    public ProtocolException(String reason) { this(reason, null); }

    public ProtocolException(String reason, Long seq) {
        super(reason, null, false, false);
        this.seq = seq;
    }

    public String reason() { return getMessage(); }

    /** The message's seq, or null if it had none or it was unreadable. */
    public Long seq() { return seq; }
}
