package io.starbridge.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Three stations flying the drop-and-cloak drill over real sockets, as a drilled human crew would. */
final class DropAndCloakCrew {
    private DropAndCloakCrew() {}

    /**
     * Plot, spool, jump on the spooled drive, cloak on the drop; the cloak command reports the engineer's
     * own reaction to the drop ({@code react}). Uses seq 1 for helm and captain, 1–2 for engineering.
     * @return the drop event engineering saw
     */
    static JsonNode fly(TestStation helm, TestStation engineering, TestStation captain, long engineerReactionMs) {
        Duration patience = Duration.ofSeconds(30);
        helm.commandWithSeq(1, "PlotJump", Map.of("x", 40_000.0, "y", 0.0));
        helm.await("ack"); // plotted before the spool is asked for: both could land in one tick
        engineering.commandWithSeq(1, "SpoolJumpDrive", Map.of());
        captain.await(m -> "JumpSpooled".equals(m.path("kind").asText()), "JumpSpooled", patience);
        captain.commandWithSeq(1, "ExecuteJump", Map.of());
        JsonNode drop = engineering.await(m -> "JumpCompleted".equals(m.path("kind").asText()), "the drop", patience);
        engineering.commandWithSeq(2, "SetCloak", Map.of("engaged", true, "react",
                List.of(Map.of("event", "JumpCompleted", "tick", drop.path("tick").asLong(), "ms", engineerReactionMs))));
        return drop;
    }
}
