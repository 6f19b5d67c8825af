package io.starbridge.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.starbridge.sim.StateHash;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes a journal as JSON Lines (docs/journal-format.md), one line per record, flushed per line. */
public final class JournalWriter implements AutoCloseable {
    private final ObjectMapper json = new ObjectMapper();
    private final Writer out;

    public JournalWriter(Writer out) { this.out = out; }

    public void header(Journal.Header h) {
        ObjectNode n = json.createObjectNode();
        n.put("format", Journal.FORMAT).put("version", h.version()).put("scenario", h.scenario()).put("seed", h.seed());
        if (h.size() != null) n.put("size", h.size());
        n.put("durationSeconds", h.durationSeconds());
        line(n);
    }

    /** The commands applied at the start of a tick (nothing is written for a tick without any). */
    public void commands(long tick, List<? extends Command> commands) {
        if (commands.isEmpty()) return;
        ObjectNode n = json.createObjectNode();
        n.put("tick", tick);
        ArrayNode list = n.putArray("commands");
        for (Command c : commands) list.add(json.valueToTree(CommandCodec.encode(c)));
        line(n);
    }

    /** The stations' reaction reports that came with the commands of a tick (nothing for none); version 2. */
    public void reactions(long tick, List<StationReaction> reactions) {
        if (reactions.isEmpty()) return;
        ObjectNode n = json.createObjectNode();
        n.put("tick", tick);
        ArrayNode list = n.putArray("reactions");
        for (StationReaction r : reactions)
            list.addObject().put("shipId", r.shipId()).put("role", r.role().name()).put("event", r.event())
                    .put("eventTick", r.eventTick()).put("ms", r.ms());
        line(n);
    }

    /**
     * Every record of a journal up to and including {@code lastTick}, in tick order as a game writes them: a tick's
     * commands and reaction reports before its step, its checkpoint after (header and end record are the caller's).
     */
    public void records(Journal journal, long lastTick) {
        java.util.TreeSet<Long> ticks = new java.util.TreeSet<>(journal.commandsByTick().headMap(lastTick, true).keySet());
        ticks.addAll(journal.checkpoints().headMap(lastTick, true).keySet());
        ticks.addAll(journal.reactionsByTick().headMap(lastTick, true).keySet());
        for (long t : ticks) {
            commands(t, journal.commandsByTick().getOrDefault(t, List.of()));
            reactions(t, journal.reactionsByTick().getOrDefault(t, List.of()));
            Long hash = journal.checkpoints().get(t);
            if (hash != null) checkpoint(t, hash);
        }
    }

    public void checkpoint(long tick, long hash) {
        line(json.createObjectNode().put("tick", tick).put("hash", StateHash.hex(hash)));
    }

    public void end(long tick, String outcome, long hash) {
        ObjectNode n = json.createObjectNode().put("end", tick);
        if (outcome != null) n.put("outcome", outcome);
        n.put("hash", StateHash.hex(hash));
        line(n);
    }

    private void line(ObjectNode n) {
        try {
            out.write(json.writeValueAsString(n));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void close() throws IOException { out.close(); }
}
