package io.starbridge.station;

import java.util.Arrays;

/**
 * Picks the k nearest of n candidates by squared distance in O(n) (quickselect), so a view can list a
 * bounded number of contacts or torpedoes from the hundreds a battlefield ship detects without sorting
 * them all. Ties at the cut go to the lower index, so the choice is deterministic.
 */
final class Nearest {
    private Nearest() {}

    /** @return the indexes (ascending) of the k smallest of {@code d2[0..n)}; all of them if n ≤ k */
    static int[] indices(double[] d2, int n, int k) {
        if (n <= k) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        double cut = kthSmallest(Arrays.copyOf(d2, n), k - 1);
        int[] out = new int[k];
        int taken = 0;
        for (int i = 0; i < n && taken < k; i++) if (d2[i] < cut) out[taken++] = i;
        for (int i = 0; i < n && taken < k; i++) if (d2[i] == cut) out[taken++] = i;
        Arrays.sort(out);
        return out;
    }

    /** The value that would sit at index {@code rank} if {@code a} were sorted; reorders {@code a}. */
    private static double kthSmallest(double[] a, int rank) {
        int lo = 0, hi = a.length - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) { double t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
            }
            if (rank <= j) hi = j;
            else if (rank >= i) lo = i;
            else return a[rank];
        }
        return a[rank];
    }
}
