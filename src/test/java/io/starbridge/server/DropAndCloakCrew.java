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
     * own reaction to the drop ({@code react}). Uses seq 1 for helm and captain, 1–2 for engineering
     * (after {@code seqBefore} in the overload).
     * @return the drop event engineering saw
     */
    static JsonNode fly(TestStation helm, TestStation engineering, TestStation captain, long engineerReactionMs) {
        return fly(helm, engineering, captain, engineerReactionMs, 0);
    }

    /** The same for a later run of a drill game: the seats remember their seqs, so each starts after {@code seqBefore}. */
    static JsonNode fly(TestStation helm, TestStation engineering, TestStation captain, long engineerReactionMs, long seqBefore) {
        Duration patience = Duration.ofSeconds(30);
        helm.commandWithSeq(seqBefore + 1, "PlotJump", Map.of("x", 40_000.0, "y", 0.0));
        helm.await("ack"); // plotted before the spool is asked for: both could land in one tick
        engineering.commandWithSeq(seqBefore + 1, "SpoolJumpDrive", Map.of());
        captain.await(m -> "JumpSpooled".equals(m.path("kind").asText()), "JumpSpooled", patience);
        captain.commandWithSeq(seqBefore + 1, "ExecuteJump", Map.of());
        JsonNode drop = engineering.await(m -> "JumpCompleted".equals(m.path("kind").asText()), "the drop", patience);
        engineering.commandWithSeq(seqBefore + 2, "SetCloak", Map.of("engaged", true, "react",
                List.of(Map.of("event", "JumpCompleted", "tick", drop.path("tick").asLong(), "ms", engineerReactionMs))));
        return drop;
    }
}
