package io.starbridge.server;

import java.nio.file.Path;

/**
 * How to run a server.
 * @param port            TCP port; 0 picks a free one
 * @param dataDir         where game journals are written as the games run (DIR/journals/), or null for none
 * @param ticksPerSecond  60 for real time; tests may speed games up
 * @param seatHoldSeconds how long a disconnected seat waits for its resume
 * @param fsyncJournal    whether a tick's journal line is forced to disk before its acks (docs/RELIABILITY.md)
 * @param network         per-client limits, allowed WebSocket origins and optional TLS
 * @param snapshotEverySeconds simulated seconds between a game's snapshots under dataDir (docs/RELIABILITY.md);
 *                        a crash re-simulates at most this much of a journal
 */
public record ServerConfig(int port, Path dataDir, double ticksPerSecond, double seatHoldSeconds, boolean fsyncJournal,
                           NetworkOptions network, double snapshotEverySeconds) {
    /** A snapshot every simulated minute: ≈ 0.1 s of re-simulation after a crash, a few ms of serialization a minute. */
    public static final double DEFAULT_SNAPSHOT_EVERY_SECONDS = 60;

    public ServerConfig {
        if (!(snapshotEverySeconds >= 1.0 / 60 && snapshotEverySeconds <= 86_400))
            throw new IllegalArgumentException("snapshots every " + snapshotEverySeconds + " s: give 1/60 to 86,400 simulated seconds");
    }

    public ServerConfig(int port, Path dataDir, double ticksPerSecond, double seatHoldSeconds, boolean fsyncJournal,
                        NetworkOptions network) {
        this(port, dataDir, ticksPerSecond, seatHoldSeconds, fsyncJournal, network, DEFAULT_SNAPSHOT_EVERY_SECONDS);
    }

    /** With the default network options (limits, own origin only, no TLS). */
    public ServerConfig(int port, Path dataDir, double ticksPerSecond, double seatHoldSeconds, boolean fsyncJournal) {
        this(port, dataDir, ticksPerSecond, seatHoldSeconds, fsyncJournal, NetworkOptions.defaults());
    }

    /** With the journal fsynced each tick that had commands (the safe default). */
    public ServerConfig(int port, Path dataDir, double ticksPerSecond, double seatHoldSeconds) {
        this(port, dataDir, ticksPerSecond, seatHoldSeconds, true);
    }

    public static ServerConfig defaults(int port) { return new ServerConfig(port, null, 60, 60); }
}
