package io.starbridge.bot;

import io.starbridge.drill.MissionTimings;
import io.starbridge.scenario.Mission;
import io.starbridge.scenario.ScenarioFiles;
import io.starbridge.sim.StateHash;
import io.starbridge.sim.Tick;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.event.CommandRejected;
import io.starbridge.sim.event.JumpCompleted;
import io.starbridge.sim.event.SimEvent;
import io.starbridge.sim.ship.Ship;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test helper: the built-in strike mission file with a {@code bots:} block of the test's choosing under
 * Vigil's {@code crew: player}, played by its bot crew. What the crew did (commands), what happened
 * (events, figures) and how far Vigil kept from the mothership after the drop.
 */
final class ProfiledStrike {
    static final Path STRIKE = Path.of("src/main/resources/scenarios/missions/strike.yaml");

    private ProfiledStrike() {}

    /**
     * @param bots the YAML flow mapping of the {@code bots:} key ({@code {reactionMs: [600, 900]}}), or null
     *             for the file as shipped (the drilled crew)
     */
    static Mission mission(String bots, long seed) {
        return ScenarioFiles.loadMission("strike.yaml", strikeWith(bots)).start(seed, null);
    }

    static byte[] strikeWith(String bots) {
        String text;
        try {
            text = Files.readString(STRIKE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bots != null) {
            String player = "    crew: player\n";
            if (!text.contains(player)) throw new IllegalStateException("strike.yaml has no '" + player.strip() + "' line");
            text = text.replace(player, player + "    bots: " + bots + "\n");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A finished run. {@code medianRangeMetres}: Vigil's median distance from the mothership's centre, sampled
     * once a second from the given time after the drop (NaN if never sampled).
     */
    record Run(Mission mission, List<Command> commands, List<SimEvent> events, Map<String, Long> figures,
               List<CommandRejected> rejected, double medianRangeMetres, String stateHash) {}

    /**
     * Plays until the outcome or {@code maxSeconds}; the range is sampled once a second from
     * {@code fromSecondsAfterDrop} after the drop until the end.
     */
    static Run play(String bots, long seed, double maxSeconds, double fromSecondsAfterDrop) {
        return playMission(mission(bots, seed), seed, maxSeconds, fromSecondsAfterDrop);
    }

    /** Plays a mission already started with {@code seed} (its bots are seeded from it too). */
    static Run playMission(Mission mission, long seed, double maxSeconds, double fromSecondsAfterDrop) {
        int vigil = mission.playerShipIds().get(0), target = mission.intel().targetShipId();
        List<BotCrew> crews = BotCrew.forMission(mission, seed);
        MissionTimings timings = MissionTimings.forMission(mission);
        List<Command> commands = new ArrayList<>();
        List<SimEvent> events = new ArrayList<>();
        List<CommandRejected> rejected = new ArrayList<>();
        List<Double> ranges = new ArrayList<>();
        long dropTick = -1, maxTicks = Math.round(maxSeconds * Tick.HZ), sampleFrom = Tick.ofSeconds(fromSecondsAfterDrop);
        List<SimEvent> last = List.of();
        while (!mission.ended() && mission.world().tick() < maxTicks) {
            List<Command> now = new ArrayList<>();
            for (BotCrew crew : crews) now.addAll(crew.act(last));
            commands.addAll(now);
            last = mission.step(now);
            for (SimEvent e : last) {
                timings.accept(e);
                events.add(e);
                if (e instanceof JumpCompleted j && j.shipId() == vigil && dropTick < 0) dropTick = mission.world().tick();
                if (e instanceof CommandRejected r && r.origin().memberId().startsWith("bot-")) rejected.add(r);
            }
            long tick = mission.world().tick();
            if (dropTick >= 0 && tick - dropTick >= sampleFrom && tick % Tick.HZ == 0) {
                Ship own = mission.world().ship(vigil), mothership = mission.world().ship(target);
                if (own != null && mothership != null) ranges.add(own.motion.distanceTo(mothership.motion));
            }
        }
        ranges.sort(null);
        double median = ranges.isEmpty() ? Double.NaN : ranges.get((ranges.size() - 1) / 2);
        return new Run(mission, commands, events, timings.figures(), rejected, median,
                StateHash.hex(mission.world().stateHash()));
    }
}
