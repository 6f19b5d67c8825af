package io.starbridge.bot;

import io.starbridge.scenario.BotProfile;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.Intel;
import io.starbridge.sim.SimRandom;
import io.starbridge.sim.World;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A full bot crew (helm, engineering, science, weapons, captain, away team) for one player ship, playing
 * as the mission's {@link io.starbridge.scenario.BotProfile} for that ship says. Bots draw
 * their reaction times from their own random, seeded from the mission seed, so a run is
 * reproducible from the seed — and a recording needs none of it: it journals their commands.
 * <p>
 * Bots look at their stations as a human crew does: at the stations' view rate, every
 * {@link #OBSERVE_EVERY_TICKS} ticks (20 Hz), hearing every event since their last look. A drilled
 * reaction therefore starts up to 2 ticks (33 ms) after the event, as on a real screen. Commands due
 * in between are still sent on their exact tick.
 */
public final class BotCrew {
    /** Ticks between looks: 60 Hz / 3 = the 20 Hz at which a station's view is refreshed. */
    public static final int OBSERVE_EVERY_TICKS = 3;

    private final Mission mission;
    private final int shipId;
    /** In station order; an array, as it is walked every tick. */
    private final StationBot[] stations;
    /** Events of the ticks since the last look, in order. */
    private final List<SimEvent> unseen = new ArrayList<>();

    public BotCrew(Mission mission, int shipId, long seed) {
        this.mission = mission;
        this.shipId = shipId;
        SimRandom random = new SimRandom(seed ^ 0x5EED_B075L);
        BotProfile profile = mission.botProfile(shipId);
        this.stations = new StationBot[] {new CaptainBot(shipId, random, profile), new HelmBot(shipId, random, profile),
                new EngineeringBot(shipId, random, profile), new ScienceBot(shipId, random, profile),
                new WeaponsBot(shipId, random, profile), new AwayTeamBot(shipId, random, profile)};
    }

    /** Bots for every player ship of a mission, each crew with that ship's profile. */
    public static List<BotCrew> forMission(Mission mission, long seed) {
        List<BotCrew> crews = new ArrayList<>();
        for (int id : mission.playerShipIds()) crews.add(new BotCrew(mission, id, seed + id));
        return crews;
    }

    /**
     * Called once per tick with the last tick's events: looks at the views when a look is due (see the
     * class comment) and returns the commands due on the next tick, in station order (an immutable
     * empty list when none is due).
     */
    public List<Command> act(List<SimEvent> lastEvents) {
        World world = mission.world();
        Ship own = world.ship(shipId);
        Intel intel = mission.intel();
        if (own == null || own.destroyed() || intel == null) return Collections.emptyList();
        // most ticks have no events: skip the copy addAll makes even of an empty list
        if (!lastEvents.isEmpty()) unseen.addAll(lastEvents);
        long tick = world.tick();
        StationBot[] stations = this.stations;
        if (tick % OBSERVE_EVERY_TICKS == 0) {
            BotView view = new BotView(world, own, intel);
            List<SimEvent> heard = unseen.isEmpty() ? List.of() : List.copyOf(unseen);
            unseen.clear();
            for (StationBot bot : stations) bot.observe(view, heard);
        }
        long next = tick + 1;
        // most ticks no station has anything due: no list, no calls
        List<Command> out = null;
        for (StationBot bot : stations) {
            if (next < bot.nextDue) continue;
            if (out == null) out = new ArrayList<>();
            bot.collectDue(next, out);
        }
        // Collections.emptyList(): the callers' addAll copies List.of() through Arrays.copyOf, this one not
        return out != null ? out : Collections.emptyList();
    }
}
