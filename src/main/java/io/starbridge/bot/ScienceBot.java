package io.starbridge.bot;

import io.starbridge.sim.SimRandom;
import io.starbridge.sim.command.Role;
import io.starbridge.sim.command.StartScan;
import io.starbridge.sim.event.SimEvent;
import java.util.List;

/** Science: scans the briefed target as soon as the sensors show it. */
final class ScienceBot extends StationBot {
    ScienceBot(int shipId, SimRandom random) { super(Role.SCIENCE, shipId, random); }

    @Override void observe(BotView view, List<SimEvent> events) {
        if (view.detectedTarget() == null || view.targetScanned()) return;
        if (view.own().scanTargetId == view.intel().targetShipId()) return;
        int target = view.intel().targetShipId();
        // a lost contact interrupts the scan order; re-issue it when it is back
        forget("scan");
        intend(view, "scan", o -> new StartScan(o, target));
    }
}
