package io.starbridge.drill;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One figure over the completed runs of a drill, in milliseconds: {@code best} is the lowest (drill figures
 * are times, so lower is better); {@code median} and {@code p90} are nearest-rank percentiles, so each is a
 * value some run really had (for an even count the median is the lower middle value).
 *
 * @param count how many runs measured the figure (at least 1)
 */
public record FigureSummary(long best, long median, long p90, int count) {

    /** @throws IllegalArgumentException for no values */
    public static FigureSummary of(List<Long> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("no values to summarise");
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new FigureSummary(sorted.get(0), nearestRank(sorted, 50), nearestRank(sorted, 90), sorted.size());
    }

    /** As JSON reports and the drill strip show it: best, median, p90, runs. */
    public java.util.Map<String, Object> toJson() {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("best", best);
        out.put("median", median);
        out.put("p90", p90);
        out.put("runs", count);
        return out;
    }

    /** A summary by figure name as JSON, in the same order. */
    public static java.util.Map<String, Object> toJson(java.util.Map<String, FigureSummary> byFigure) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        byFigure.forEach((name, s) -> out.put(name, s.toJson()));
        return out;
    }

    /** The value at rank ⌈p/100 · n⌉ (1-based) of ascending values. */
    static long nearestRank(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
