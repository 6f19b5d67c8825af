package io.starbridge.bot;

import io.starbridge.scenario.BotProfile;
import io.starbridge.sim.SimRandom;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandOrigin;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.StartScan;
import io.starbridge.sim.event.SimEvent;
import java.util.List;
import java.util.function.Function;

/** Science: scans the briefed target as soon as the sensors show it. */
final class ScienceBot extends StationBot {
    ScienceBot(int shipId, SimRandom random, BotProfile profile) { super(Role.SCIENCE, shipId, random, profile); }

    @Override void observe(BotView view, List<SimEvent> events) {
        if (view.detectedTarget() == null || view.targetScanned()) return;
        if (view.own().scanTargetId == view.intel().targetShipId()) return;
        int target = view.intel().targetShipId();
        // a lost contact interrupts the scan order; re-issue it when it is back
        forget("scan");
        intend(view, "scan", new Scan(target));
    }

    /** Scans a ship; a class rather than a lambda, which a cold JVM would link mid-mission. */
    private record Scan(int targetShipId) implements Function<CommandOrigin, Command> {
        @Override public Command apply(CommandOrigin o) { return new StartScan(o, targetShipId); }
    }
}
