package io.starbridge.server;

import io.starbridge.protocol.ClientMessage.Reaction;
import io.starbridge.sim.Tick;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.event.SimEvent;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Each station's own reaction times (docs/drills.md): a station reports with a command how long after
 * displaying an event its input came ({@code react}); the first report of each role to each cue event
 * of the game becomes a figure {@code <role>ReactionTo<Event>Ms} of that role's ship, e.g.
 * {@code engineeringReactionToJumpCompletedMs}: the engineer's own time from seeing the drop to
 * pressing cloak, without the network and the tick boundary the server's figures include.
 * <p>
 * A report is believed only as far as the server can check it: the event must have happened at that
 * tick, and the reaction cannot be longer than the time since that tick (plus {@link #SLACK_MS} for a
 * display that came a frame late). Tick thread only.
 */
final class StationReactions implements java.io.Serializable {
    /** The events a drilled crew reacts to: the starts of the drills and of the beats between them. */
    static final Set<String> CUES = Set.of("JumpSpooled", "JumpCompleted", "ScanCompleted", "WeaponsReleased",
            "Docked", "SelfDestructConfirmed", "SelfDestructArmed");
    /** Leeway for the station's clock and display against the tick count, ms. */
    static final double SLACK_MS = 250;
    /** Cue occurrences kept, at most: a game has few; a flood of them would only cost memory. */
    static final int MAX_CUES = 10_000;

    /** "Kind@tick" of every cue event that happened. */
    private final Set<String> happened = new HashSet<>();
    /** By ship id: figure name → ms, in the order first reported. */
    private final Map<Integer, Map<String, Long>> figures = new TreeMap<>();
    private long ignored;

    /** Notes the cue events of a tick. */
    void observe(List<SimEvent> events) {
        for (SimEvent e : events) {
            String kind = e.getClass().getSimpleName();
            if (CUES.contains(kind) && happened.size() < MAX_CUES) happened.add(kind + "@" + e.tick());
        }
    }

    /** A command of this seat was applied at {@code appliedTick} with these reports. */
    void report(int shipId, Role role, long appliedTick, List<Reaction> reactions) {
        for (Reaction r : reactions) {
            if (!CUES.contains(r.event())) continue; // the station reports every recent event; only cues are figures
            boolean real = happened.contains(r.event() + "@" + r.tick());
            double possibleMs = Tick.toMillis(appliedTick - r.tick()) + SLACK_MS;
            if (!real || r.ms() > possibleMs) { ignored++; continue; }
            figures.computeIfAbsent(shipId, id -> new LinkedHashMap<>())
                    .putIfAbsent(figureName(role, r.event()), Math.round(r.ms()));
        }
    }

    /** The station figures of a ship so far (a copy). */
    Map<String, Long> figures(int shipId) {
        Map<String, Long> f = figures.get(shipId);
        return f == null ? Map.of() : new LinkedHashMap<>(f);
    }

    /**
     * The cue reports of a tick's applied commands, for the journal (version 2): each with its seat's ship and
     * role; reports of other events are not figures and are left out.
     */
    static List<io.starbridge.replay.StationReaction> journaled(List<Inbound.CommandIn> applied) {
        List<io.starbridge.replay.StationReaction> out = new java.util.ArrayList<>();
        for (Inbound.CommandIn c : applied)
            for (Reaction r : c.reactions())
                if (CUES.contains(r.event()))
                    out.add(new io.starbridge.replay.StationReaction(c.seat().shipId, c.seat().role, r.event(), r.tick(), r.ms()));
        return out;
    }

    /** A journaled report as the station sent it. */
    static Reaction asReport(io.starbridge.replay.StationReaction r) { return new Reaction(r.event(), r.eventTick(), r.ms()); }

    /** Reports that failed the check (an event that did not happen then, or a reaction longer than possible). */
    long ignored() { return ignored; }

    /** {@code engineeringReactionToJumpCompletedMs}, {@code awayTeamReactionToDockedMs}. */
    static String figureName(Role role, String event) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : role.name().toLowerCase().toCharArray()) {
            if (c == '_') { upper = true; continue; }
            name.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return name.append("ReactionTo").append(event).append("Ms").toString();
    }
}
