package io.starbridge.fuzz;

/**
 * How many inputs a fuzz run tries and from which seed: {@code -Dfuzz.inputs=N} (default: the
 * CI size given by each test) and {@code -Dfuzz.seed=S} (default fixed, so CI is repeatable; a
 * failure prints the seed and the input's index to rerun it).
 */
public final class FuzzBudget {
    /** Seed of CI runs. */
    public static final long DEFAULT_SEED = 20261126L;

    private FuzzBudget() {}

    /** {@code fuzz.inputs} scaled to this test's share, or its CI default. */
    public static int inputs(int ciDefault) {
        String p = System.getProperty("fuzz.inputs");
        if (p == null || p.isBlank()) return ciDefault;
        return Math.max(1, Integer.parseInt(p.trim().replace("_", "")));
    }

    public static long seed() {
        String p = System.getProperty("fuzz.seed");
        return p == null || p.isBlank() ? DEFAULT_SEED : Long.parseLong(p.trim());
    }
}
