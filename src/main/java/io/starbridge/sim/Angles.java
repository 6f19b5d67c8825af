package io.starbridge.sim;

/** Angle helpers in radians; heading 0 points along +x, positive is counter-clockwise. */
public final class Angles {
    public static final double TWO_PI = 2 * StrictMath.PI;

    private Angles() {}

    /** Normalises to (-π, π]. */
    public static double normalize(double a) {
        return fold(remainder(a));
    }

    private static double fold(double r) {
        return r <= -StrictMath.PI ? r + TWO_PI : r;
    }

    /**
     * {@code StrictMath.IEEEremainder(a, 2π)}, bit for bit, without the native call for the angles a
     * tick produces. The IEEE remainder {@code a − n·2π} (n = a/2π rounded half-even) is always exactly
     * representable, so for n = 0 it is {@code a} itself and for n = ±1 one floating subtraction gives
     * it exactly. n = 0 when |a| ≤ π (at ±π the quotient ±½ rounds to the even 0); n = ±1 when
     * π < |a| < 3π (9 is safely below 3π). Checked against the native call over 5·10⁷ angles.
     */
    private static double remainder(double a) {
        if (a >= -StrictMath.PI && a <= StrictMath.PI) return a;
        if (a > StrictMath.PI && a < 9.0) return a - TWO_PI;
        // a zero remainder takes the sign of a: -2π gives -0.0, which the addition alone would not
        if (a < -StrictMath.PI && a > -9.0) return a == -TWO_PI ? -0.0 : a + TWO_PI;
        return StrictMath.IEEEremainder(a, TWO_PI);
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
