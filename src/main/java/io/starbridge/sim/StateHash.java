package io.starbridge.sim;

/**
 * A 64-bit digest of the whole world (FNV-1a over 64-bit words with a final avalanche).
 * Doubles are hashed by their exact bits, so any divergence of a replay shows at once.
 */
public final class StateHash {
    private static final long PRIME = 0x100000001B3L;
    private long h = 0xCBF29CE484222325L;

    public StateHash add(long v) {
        for (int i = 0; i < 8; i++) {
            h ^= (v >>> (i * 8)) & 0xFF;
            h *= PRIME;
        }
        return this;
    }

    public StateHash add(int v) { return add((long) v); }

    public StateHash add(double v) { return add(Double.doubleToLongBits(v)); }

    public StateHash add(boolean v) { return add(v ? 1L : 0L); }

    public StateHash add(String s) {
        if (s == null) return add(-1L);
        add(s.length());
        for (int i = 0; i < s.length(); i++) add((long) s.charAt(i));
        return this;
    }

    public long value() {
        long z = h;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    /** Lower-case 16-digit hex, as printed by {@code play} and stored in journals. */
    public static String hex(long value) {
        return String.format("%016x", value);
    }
}
