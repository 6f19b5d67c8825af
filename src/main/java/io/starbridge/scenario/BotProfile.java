package io.starbridge.scenario;

import io.starbridge.sim.Tick;
import io.starbridge.sim.command.Role;
import java.util.List;
import java.util.Map;

/**
 * How the bot crew of one player ship plays ({@code --crew bots}): the numbers the {@code bot} package's
 * stations read, set per ship by a mission file's {@code bots:} key (docs/scenario-format.md). Immutable.
 * {@link #DRILLED} is the crew of every ship without {@code bots:} and of the scenarios built in code; its
 * values are those the bots had as constants before files could set them, so existing runs and golden
 * recordings stay bit for bit the same.
 *
 * @param reaction               every station's reaction time unless {@code stationReactions} names the station
 * @param stationReactions       per-station reaction times (captain, helm, engineering, science, weapons, away team)
 * @param standoffMetres         range from the target's centre the helm holds after the drop, metres (&gt; 0)
 * @param evade                  whether the helm fires evasive strafe bursts at all (on a hit or a close torpedo)
 * @param evadeRangeMetres       a hostile torpedo closing within this range triggers a burst, metres; 0 = only hits do
 * @param releaseRangeMetres     the captain releases the weapons within this range of the target's hull
 *                               (metres beyond its radius), once it is scanned and trained on
 * @param torpedoes              whether weapons launches torpedoes at all
 * @param torpedoIntervalSeconds seconds between weapons' torpedo orders (orders wait for a loaded tube)
 * @param targetOrder            subsystem ids weapons trains on, first standing one first; ids the target lacks are skipped
 * @param cloakOnDrop            whether engineering engages the cloak (and shifts power to it) on the drop
 */
public record BotProfile(ReactionTime reaction, Map<Role, ReactionTime> stationReactions, double standoffMetres,
                         boolean evade, double evadeRangeMetres, double releaseRangeMetres, boolean torpedoes,
                         double torpedoIntervalSeconds, List<String> targetOrder, boolean cloakOnDrop) {

    /**
     * A bot's reaction time: from noticing something to the command, drawn uniformly per order from the
     * whole ticks {@link #minTicks()}…{@link #maxTicks()} (milliseconds rounded to 1/60 s ticks).
     *
     * @param minMs quickest reaction, milliseconds, 0 ≤ minMs ≤ maxMs
     * @param maxMs slowest reaction, milliseconds
     */
    public record ReactionTime(int minMs, int maxMs) {
        public ReactionTime {
            if (minMs < 0 || maxMs < minMs) throw new IllegalArgumentException("reaction time " + minMs + "–" + maxMs + " ms");
        }

        public int minTicks() { return toTicks(minMs); }
        public int maxTicks() { return toTicks(maxMs); }

        private static int toTicks(int ms) { return (int) Math.round(ms * (double) Tick.HZ / 1000); }
    }

    /** A drilled crew member: 150–350 ms (9–21 ticks at 60 Hz). */
    public static final ReactionTime DRILLED_REACTION = new ReactionTime(150, 350);
    /** Metres: the beams reach 5 km past the target's hull, so 3.2 km from its centre keeps them in reach. */
    public static final double DEFAULT_STANDOFF_METRES = 3_200;
    /** Metres: a torpedo this close leaves just a burst's time to dodge it. */
    public static final double DEFAULT_EVADE_RANGE_METRES = 2_500;
    /** Metres beyond the target's hull radius: inside the corvette's 5 km beam reach. */
    public static final double DEFAULT_RELEASE_RANGE_METRES = 4_500;
    /** Seconds: the corvette's tubes reload in 6 s. */
    public static final double DEFAULT_TORPEDO_INTERVAL_SECONDS = 6;
    /**
     * Critical subsystems first (weapons control, so it stops shooting back; then the reactor, the main
     * drive, the sensor array), then the secondary ones.
     */
    public static final List<String> DEFAULT_TARGET_ORDER = List.of(
            "weapons-control", "reactor", "main-drive", "sensor-array",
            "point-defence", "shield-emitters", "jump-drive", "hangar", "life-support");

    /** The crew of a ship whose file sets no {@code bots:}; the bots' behaviour before profiles existed. */
    public static final BotProfile DRILLED = new BotProfile(DRILLED_REACTION, Map.of(), DEFAULT_STANDOFF_METRES, true,
            DEFAULT_EVADE_RANGE_METRES, DEFAULT_RELEASE_RANGE_METRES, true, DEFAULT_TORPEDO_INTERVAL_SECONDS,
            DEFAULT_TARGET_ORDER, true);

    public BotProfile {
        stationReactions = Map.copyOf(stationReactions);
        targetOrder = List.copyOf(targetOrder);
        if (!(standoffMetres > 0) || !(evadeRangeMetres >= 0) || !(releaseRangeMetres >= 0) || !(torpedoIntervalSeconds > 0))
            throw new IllegalArgumentException("bot profile distances and intervals must be positive");
    }

    /** The reaction time of one station: its own if the profile names it, else the crew's. */
    public ReactionTime reactionOf(Role station) { return stationReactions.getOrDefault(station, reaction); }

    /** Whole ticks between torpedo orders (at least one). */
    public int torpedoIntervalTicks() { return Tick.ofSeconds(torpedoIntervalSeconds); }
}
