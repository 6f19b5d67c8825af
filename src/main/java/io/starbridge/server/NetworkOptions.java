package io.starbridge.server;

import java.util.List;

/**
 * How the server meets the network: per-client limits, the WebSocket origins it accepts besides its
 * own pages, and optional TLS (docs/RELIABILITY.md, "Hostile input").
 *
 * @param limits         per-connection and per-address limits
 * @param allowedOrigins extra origins allowed to open {@code /ws} ({@link OriginPolicy}); may be empty
 * @param tls            the keystore for https/wss, or null for plain http/ws
 */
public record NetworkOptions(ConnectionLimits limits, List<String> allowedOrigins, TlsKeystore tls) {
    public NetworkOptions {
        if (limits == null) throw new IllegalArgumentException("limits are required");
        allowedOrigins = List.copyOf(allowedOrigins);
        new OriginPolicy(allowedOrigins); // fails early on a malformed origin
    }

    /** Default limits, own origin only, no TLS. */
    public static NetworkOptions defaults() { return new NetworkOptions(ConnectionLimits.defaults(), List.of(), null); }

    public NetworkOptions withLimits(ConnectionLimits l) { return new NetworkOptions(l, allowedOrigins, tls); }
}
