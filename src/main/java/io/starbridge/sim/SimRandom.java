package io.starbridge.sim;

/**
 * The simulation's only source of randomness: xoshiro256** seeded through splitmix64.
 * Deterministic on every JVM; its state is part of the {@link StateHash}.
 */
public final class SimRandom implements java.io.Serializable {
    private long s0, s1, s2, s3;

    public SimRandom(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L; s0 = mix(x);
        x += 0x9E3779B97F4A7C15L; s1 = mix(x);
        x += 0x9E3779B97F4A7C15L; s2 = mix(x);
        x += 0x9E3779B97F4A7C15L; s3 = mix(x);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [min, max). */
    public double nextDouble(double min, double max) {
        return min + (max - min) * nextDouble();
    }

    /** Uniform in [0, bound); bound must be positive. */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive: " + bound);
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** True with the given probability (0..1). */
    public boolean chance(double probability) {
        return nextDouble() < probability;
    }

    void hashInto(StateHash hash) {
        hash.add(s0).add(s1).add(s2).add(s3);
    }
}
