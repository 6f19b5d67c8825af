package io.starbridge.replay;

import io.starbridge.sim.command.Role;

/**
 * A station's report, with a command it sent, of how long after displaying an event its input came
 * (docs/drills.md, "Figures of a server run"). Journaled with the commands of the tick they were applied in,
 * so a recovered or replayed game knows the stations' own reaction times as the live one did.
 *
 * @param shipId    the reporting seat's ship
 * @param role      the reporting seat's role
 * @param event     the event's kind, e.g. {@code JumpCompleted}
 * @param eventTick the tick the event happened at
 * @param ms        milliseconds from displaying the event to the input, on the station's own clock
 */
public record StationReaction(int shipId, Role role, String event, long eventTick, double ms) {}
