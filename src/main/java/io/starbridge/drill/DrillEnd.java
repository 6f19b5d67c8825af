package io.starbridge.drill;

/**
 * What ends a drill run: either an event (after the start) or a figure becoming measurable
 * (e.g. {@code executeToCriticalsMs} once every critical subsystem is down). Exactly one is set.
 *
 * @param event  the ending event, or null
 * @param figure the figure whose measurement ends the run, or null
 */
public record DrillEnd(EventMatch event, String figure) {
    public DrillEnd {
        if ((event == null) == (figure == null)) throw new IllegalArgumentException("a drill end needs exactly one of event or figure");
    }
}
