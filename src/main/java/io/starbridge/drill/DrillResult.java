package io.starbridge.drill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All runs of one drill and the summary of each figure over the completed ones (figures no run measured are absent). */
public record DrillResult(DrillSpec spec, List<DrillRun> runs, Map<String, FigureSummary> summary) {

    public static DrillResult of(DrillSpec spec, List<DrillRun> runs) {
        Map<String, FigureSummary> summary = new LinkedHashMap<>();
        for (String figure : spec.figures()) {
            List<Long> values = new ArrayList<>();
            for (DrillRun r : runs) if (r.completed() && r.figures().containsKey(figure)) values.add(r.figures().get(figure));
            if (!values.isEmpty()) summary.put(figure, FigureSummary.of(values));
        }
        return new DrillResult(spec, List.copyOf(runs), summary);
    }

    public long completedRuns() { return runs.stream().filter(DrillRun::completed).count(); }
}
