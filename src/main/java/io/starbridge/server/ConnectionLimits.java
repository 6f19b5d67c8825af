package io.starbridge.server;

import io.starbridge.protocol.ProtocolVersion;

/**
 * How much of the server one client may use. Beyond each limit the client gets a clear reason (an
 * {@code error} then close 1008, a refused upgrade, or HTTP 413), and the hit is counted in
 * {@code /metrics} as {@code starbridge_limit_hits_total{limit=…}}. Frame sizes are fixed by the
 * protocol ({@link ProtocolVersion#MAX_FRAME_BYTES} decoded, {@link ProtocolVersion#MAX_SOCKET_FRAME_BYTES}
 * closes with 1009); the rest are here so tests and deployments can set them.
 *
 * @param messagesPerSecond     WebSocket messages (any kind, text or binary) one connection may send in
 *                              one second (a fixed one-second window); the next one gets an error and
 *                              the connection is closed with 1008
 * @param connectionsPerAddress open WebSocket connections from one remote IP address; the next upgrade
 *                              is refused with HTTP 429
 * @param maxHttpBodyBytes      largest HTTP request body, bytes; larger ones get HTTP 413
 */
public record ConnectionLimits(int messagesPerSecond, int connectionsPerAddress, int maxHttpBodyBytes) {
    /**
     * A station sends at most 60 commands per second (its own command limit, e.g. dragging a slider)
     * plus a ping every 2 s; twice that is a client gone wrong or a flood.
     */
    public static final int MESSAGES_PER_SECOND = 120;
    /**
     * A whole crew behind one home router is ≤ 10 devices; {@code loadtest} opens 32 stations from one
     * machine. Twice that leaves room and still stops one host from holding thousands of sockets.
     */
    public static final int CONNECTIONS_PER_ADDRESS = 64;
    /** The largest real body ({@code POST /api/games}) is under 100 bytes; 64 KiB bounds a hostile one. */
    public static final int MAX_HTTP_BODY_BYTES = 64 * 1024;

    public ConnectionLimits {
        if (messagesPerSecond < 1 || connectionsPerAddress < 1 || maxHttpBodyBytes < 1)
            throw new IllegalArgumentException("connection limits must be at least 1");
    }

    public static ConnectionLimits defaults() {
        return new ConnectionLimits(MESSAGES_PER_SECOND, CONNECTIONS_PER_ADDRESS, MAX_HTTP_BODY_BYTES);
    }
}
