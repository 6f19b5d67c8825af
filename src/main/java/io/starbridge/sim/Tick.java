package io.starbridge.sim;

/** The fixed simulation clock: 60 ticks per simulated second, a constant step. */
public final class Tick {
    /** Ticks per simulated second. */
    public static final int HZ = 60;
    /** Seconds per tick (1/60 s). */
    public static final double DT = 1.0 / HZ;

    private Tick() {}

    /** Simulated milliseconds spanned by a number of ticks, rounded to the nearest millisecond. */
    public static long toMillis(long ticks) {
        return Math.round(ticks * 1000.0 / HZ);
    }

    /** Whole ticks covering a duration in simulated seconds (at least one for a positive duration). */
    public static int ofSeconds(double seconds) {
        if (seconds <= 0) return 0;
        return (int) Math.max(1, Math.round(seconds * HZ));
    }
}
