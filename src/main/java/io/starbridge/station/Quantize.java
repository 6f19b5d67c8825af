package io.starbridge.station;

/**
 * Wire precision of view numbers (see docs/protocol.md §3.3). Coarser numbers make views smaller
 * and, more importantly, make deltas skip values that changed below what a station can show.
 */
public final class Quantize {
    private Quantize() {}

    /** Positions, ranges, radii: whole metres. */
    public static long metres(double v) { return Math.round(v); }

    /** Velocities: 0.1 m/s. */
    public static double speed(double v) { return step(v, 10); }

    /** Angles: 0.001 rad. */
    public static double angle(double v) { return step(v, 1000); }

    /** Fractions and ratios: 0.001. */
    public static double fraction(double v) { return step(v, 1000); }

    /** Hit points: 0.1 hp. */
    public static double hitPoints(double v) { return step(v, 10); }

    /** Durations: 0.01 s. */
    public static double seconds(double v) { return step(v, 100); }

    private static double step(double v, double perUnit) {
        if (!Double.isFinite(v)) return 0;
        // + 0.0 turns a rounded -0.0 into 0.0 so "-0.0" never appears on the wire
        return Math.round(v * perUnit) / perUnit + 0.0;
    }
}
