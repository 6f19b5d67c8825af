package io.starbridge.sim;

/**
 * A 64-bit digest of the whole world: each 64-bit word is folded in with a multiply-xorshift step
 * (one multiply per word, not one per byte: a huge battlefield hashes ~10⁵ words per checkpoint),
 * then a final avalanche. Doubles are hashed by their exact bits, so any divergence of a replay
 * shows at once.
 */
public final class StateHash {
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
    private long h = 0xCBF29CE484222325L;

    public StateHash add(long v) {
        h = (h ^ v) * MULTIPLIER;
        h ^= h >>> 29;
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
