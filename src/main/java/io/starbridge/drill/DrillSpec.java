package io.starbridge.drill;

import java.util.List;

/**
 * One drill, as read from its file (schema in docs/drills.md): a scenario to play, the event that starts
 * the clock, the condition that ends the run, the figures to report and a simulated-time cap.
 *
 * @param scenario   a scenario id the drill plays (e.g. {@code strike})
 * @param figures    figure names of {@link MissionTimings#FIGURES}; the first is the drill's headline
 *                   figure and measures start → end
 * @param maxSeconds cap on the simulated seconds of one run (from the mission's start), &gt; 0
 */
public record DrillSpec(String id, String title, String scenario, EventMatch start, DrillEnd end,
                        List<String> figures, double maxSeconds) {
    public DrillSpec {
        figures = List.copyOf(figures);
    }
}
