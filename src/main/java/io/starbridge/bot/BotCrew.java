package io.starbridge.bot;

import io.starbridge.scenario.Mission;
import io.starbridge.sim.SimRandom;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.Ship;
import java.util.ArrayList;
import java.util.List;

/**
 * A full bot crew (helm, engineering, science, weapons, captain, away team) for one player ship. Bots draw
 * their reaction times from their own random, seeded from the mission seed, so a run is
 * reproducible from the seed — and a recording needs none of it: it journals their commands.
 */
public final class BotCrew {
    private final Mission mission;
    private final int shipId;
    private final List<StationBot> stations;

    public BotCrew(Mission mission, int shipId, long seed) {
        this.mission = mission;
        this.shipId = shipId;
        SimRandom random = new SimRandom(seed ^ 0x5EED_B075L);
        this.stations = List.of(new CaptainBot(shipId, random), new HelmBot(shipId, random),
                new EngineeringBot(shipId, random), new ScienceBot(shipId, random), new WeaponsBot(shipId, random),
                new AwayTeamBot(shipId, random));
    }

    /** Bots for every player ship of a mission. */
    public static List<BotCrew> forMission(Mission mission, long seed) {
        List<BotCrew> crews = new ArrayList<>();
        for (int id : mission.playerShipIds()) crews.add(new BotCrew(mission, id, seed + id));
        return crews;
    }

    /**
     * Reads the views after the last tick (and its events) and returns the commands for the next
     * tick, in station order.
     */
    public List<Command> act(List<SimEvent> lastEvents) {
        Ship own = mission.world().ship(shipId);
        List<Command> out = new ArrayList<>();
        if (own == null || own.destroyed() || mission.intel() == null) return out;
        BotView view = new BotView(mission.world(), own, mission.intel());
        for (StationBot bot : stations) bot.observe(view, lastEvents);
        long next = mission.world().tick() + 1;
        for (StationBot bot : stations) bot.collectDue(next, out);
        return out;
    }
}
