package io.starbridge.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Open WebSocket connections per remote IP address, against {@link ConnectionLimits#connectionsPerAddress}.
 * The upgrade is refused when the address is already at the limit ({@link #full}); a connection that
 * slips in concurrently is still counted by {@link #open} and closed if over. Thread-safe.
 */
final class ConnectionLimitsPerAddress {
    private final int limit;
    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

    ConnectionLimitsPerAddress(int limit) {
        this.limit = limit;
    }

    int limit() { return limit; }

    /** Whether a new connection from this address would be over the limit. */
    boolean full(String address) { return open.getOrDefault(address, 0) >= limit; }

    /** Counts a connection that opened; @return false if it is over the limit (the caller closes it, then calls {@link #closed}) */
    boolean open(String address) { return open.merge(address, 1, Integer::sum) <= limit; }

    void closed(String address) { open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1); }

    /** Open connections from an address now. */
    int count(String address) { return open.getOrDefault(address, 0); }
}
