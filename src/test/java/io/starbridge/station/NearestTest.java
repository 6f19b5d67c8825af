package io.starbridge.station;

import static org.assertj.core.api.Assertions.assertThat;

import io.starbridge.sim.SimRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class NearestTest {

    @RepeatedTest(50)
    void the_k_nearest_are_those_a_full_sort_would_pick_ties_to_the_lower_index(RepetitionInfo info) {
        SimRandom g = new SimRandom(info.getCurrentRepetition());
        int n = 1 + g.nextInt(700), k = 1 + g.nextInt(80);
        double[] d2 = new double[n];
        // few distinct values, so ties at the cut are common
        for (int i = 0; i < n; i++) d2[i] = g.nextInt(40) * 1000.0;

        int[] picked = Nearest.indices(d2, n, k);

        int[] expected = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> d2[i]).thenComparingInt(i -> i))
                .limit(k).mapToInt(Integer::intValue).sorted().toArray();
        assertThat(picked).as("n=%d k=%d seed=%d", n, k, info.getCurrentRepetition()).containsExactly(expected);
    }

    @Test
    void fewer_candidates_than_k_are_all_kept_in_order() {
        assertThat(Nearest.indices(new double[] {5, 1, 3}, 3, 64)).containsExactly(0, 1, 2);
        assertThat(Arrays.stream(Nearest.indices(new double[] {9, 8, 7, 6}, 4, 2)).boxed()).containsExactly(2, 3);
    }
}
