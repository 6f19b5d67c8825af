package io.starbridge.sim;

/** Angle helpers in radians; heading 0 points along +x, positive is counter-clockwise. */
public final class Angles {
    public static final double TWO_PI = 2 * StrictMath.PI;

    private Angles() {}

    /** Normalises to (-π, π]. */
    public static double normalize(double a) {
        double r = StrictMath.IEEEremainder(a, TWO_PI);
        return r <= -StrictMath.PI ? r + TWO_PI : r;
    }

    /** Signed shortest turn from {@code from} to {@code to}, in (-π, π]. */
    public static double delta(double from, double to) {
        return normalize(to - from);
    }

    /** Bearing from (x0,y0) to (x1,y1). */
    public static double bearing(double x0, double y0, double x1, double y1) {
        return StrictMath.atan2(y1 - y0, x1 - x0);
    }

    /** True if bearing {@code b} lies within {@code halfArc} of {@code centre}. */
    public static boolean within(double centre, double halfArc, double b) {
        return StrictMath.abs(delta(centre, b)) <= halfArc;
    }
}
