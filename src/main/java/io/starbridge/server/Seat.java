package io.starbridge.server;

import io.starbridge.sim.command.Role;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One person's place in a game: ship, role, member id and the secret resume token. Survives
 * disconnects (held for a while) so {@code resume} restores it with its seen sequence numbers.
 */
final class Seat {
    /** Sequence numbers remembered per seat for duplicate detection. */
    static final int SEEN_LIMIT = 4096;

    final int shipId;
    final Role role;
    final String memberId;
    final String name;
    final String token;
    /** The socket on the seat now, or null while held after a disconnect. Guarded by the SeatBook. */
    StationSession session;
    /** While detached: wall ms until which the seat is held. Guarded by the SeatBook. */
    long heldUntilMs;
    /** seq → tick it was applied in; tick thread only. */
    private final Map<Long, Long> seen = new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;
        @Override protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) { return size() > SEEN_LIMIT; }
    };

    Seat(int shipId, Role role, String memberId, String name, String token) {
        this.shipId = shipId;
        this.role = role;
        this.memberId = memberId;
        this.name = name;
        this.token = token;
    }

    /** Tick a seq was applied in, or null if new. Tick thread only. */
    Long appliedTick(long seq) { return seen.get(seq); }

    /** Tick thread only. */
    void rememberApplied(long seq, long tick) { seen.put(seq, tick); }
}
