package io.starbridge.protocol;

/** The protocol version and the limits every decoder enforces. */
public final class ProtocolVersion {
    /** The one version this server speaks. */
    public static final int CURRENT = 1;
    /** Largest text frame decoded, bytes of UTF-8 (larger ones get an error, not a decode). */
    public static final int MAX_FRAME_BYTES = 16 * 1024;
    /** Largest frame the socket accepts at all, bytes; beyond it the socket is closed (1009). */
    public static final int MAX_SOCKET_FRAME_BYTES = 64 * 1024;
    /** Largest magnitude of any number in a message. */
    public static final double MAX_MAGNITUDE = 1e12;
    /** Deepest JSON nesting accepted. */
    public static final int MAX_DEPTH = 8;
    /** Longest string value accepted, chars. */
    public static final int MAX_STRING = 4096;
    /** Longest number literal accepted, chars. */
    public static final int MAX_NUMBER_LENGTH = 40;

    private ProtocolVersion() {}
}
