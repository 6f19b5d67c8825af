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
