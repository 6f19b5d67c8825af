package io.starbridge.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a JSON Lines journal, checking every line; errors name the line number. */
public final class JournalReader {
    private final ObjectMapper json = new ObjectMapper();

    /** A whole run: the end record is required. */
    public Journal read(Reader source) throws IOException { return read(source, false); }

    /**
     * A run that may have been cut short by a crash: without an end record the journal ends at its
     * last journaled tick ({@link Journal#ended()} false), and a torn last line (a write the crash
     * interrupted, not JSON) is ignored. Anything wrong before the last line is still an error.
     */
    public Journal readUpToCrash(Reader source) throws IOException { return read(source, true); }

    private Journal read(Reader source, boolean upToCrash) throws IOException {
        BufferedReader in = new BufferedReader(source);
        Journal.Header header = null;
        TreeMap<Long, List<Command>> commands = new TreeMap<>();
        TreeMap<Long, Long> checkpoints = new TreeMap<>();
        TreeMap<Long, List<StationReaction>> reactions = new TreeMap<>();
        Long endTick = null;
        String outcome = null;
        long endHash = 0;
        String line;
        int number = 0;
        JournalFormatException torn = null;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) continue;
            if (torn != null) throw torn; // a bad line with more after it was not torn by a crash
            JsonNode n;
            try {
                n = json.readTree(line);
            } catch (JsonProcessingException e) {
                torn = new JournalFormatException("line " + number + ": not JSON: " + e.getOriginalMessage());
                if (upToCrash) continue;
                throw torn;
            }
            if (header == null) {
                header = header(n, number);
            } else if (endTick != null) {
                throw new JournalFormatException("line " + number + ": nothing may follow the end record");
            } else if (n.has("end")) {
                endTick = n.get("end").asLong();
                outcome = n.hasNonNull("outcome") ? n.get("outcome").asText() : null;
                endHash = hash(n, number);
            } else if (n.has("commands")) {
                long tick = tick(n, number);
                List<Command> list = new ArrayList<>();
                for (JsonNode c : n.get("commands")) {
                    try {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> fields = json.convertValue(c, Map.class);
                        list.add(CommandCodec.decodeWithOrigin(fields));
                    } catch (IllegalArgumentException e) {
                        throw new JournalFormatException("line " + number + ": bad command: " + e.getMessage());
                    }
                }
                if (commands.put(tick, list) != null)
                    throw new JournalFormatException("line " + number + ": tick " + tick + " appears twice");
            } else if (n.has("reactions")) {
                if (header.version() < Journal.REACTIONS_SINCE)
                    throw new JournalFormatException("line " + number + ": a version-" + header.version() + " journal has no reaction lines");
                long tick = tick(n, number);
                if (reactions.put(tick, reactions(n, number)) != null)
                    throw new JournalFormatException("line " + number + ": reactions of tick " + tick + " appear twice");
            } else if (n.has("hash")) {
                checkpoints.put(tick(n, number), hash(n, number));
            } else {
                throw new JournalFormatException("line " + number + ": unknown record " + line);
            }
        }
        if (header == null) throw new JournalFormatException("empty journal: no header line");
        if (endTick == null && upToCrash) {
            long last = Math.max(commands.isEmpty() ? 0 : commands.lastKey(),
                    checkpoints.isEmpty() ? 0 : checkpoints.lastKey());
            return Journal.cut(header, commands, checkpoints, last, reactions);
        }
        if (endTick == null) throw new JournalFormatException("journal has no end record (was the run cut short?)");
        return Journal.of(header, commands, checkpoints, endTick, outcome, endHash, reactions);
    }

    /** A reactions line's reports; every field required and checked. */
    private static List<StationReaction> reactions(JsonNode n, int number) {
        List<StationReaction> out = new ArrayList<>();
        for (JsonNode r : n.get("reactions")) {
            try {
                if (!r.path("shipId").isInt() || !r.path("eventTick").canConvertToLong() || !r.path("eventTick").isIntegralNumber()
                        || !r.path("ms").isNumber() || !r.path("event").isTextual() || !r.path("role").isTextual())
                    throw new IllegalArgumentException("expected {shipId, role, event, eventTick, ms}, got " + r);
                out.add(new StationReaction(r.get("shipId").asInt(), io.starbridge.sim.command.Role.valueOf(r.get("role").asText()),
                        r.get("event").asText(), r.get("eventTick").asLong(), r.get("ms").asDouble()));
            } catch (IllegalArgumentException e) {
                throw new JournalFormatException("line " + number + ": bad reaction: " + e.getMessage());
            }
        }
        return out;
    }

    private static Journal.Header header(JsonNode n, int number) {
        if (!Journal.FORMAT.equals(n.path("format").asText()))
            throw new JournalFormatException("line " + number + ": not a Starbridge journal (format must be '"
                    + Journal.FORMAT + "')");
        int version = n.path("version").asInt(-1);
        if (version < 1 || version > Journal.VERSION)
            throw new JournalFormatException("line " + number + ": journal version " + version
                    + " is not supported (this build reads versions 1 to " + Journal.VERSION + ")");
        if (!n.path("scenario").isTextual() || !n.path("seed").canConvertToLong())
            throw new JournalFormatException("line " + number + ": header needs scenario and seed");
        return new Journal.Header(version, n.get("scenario").asText(), n.get("seed").asLong(),
                n.hasNonNull("size") ? n.get("size").asText() : null, n.path("durationSeconds").asDouble(0));
    }

    private static long tick(JsonNode n, int number) {
        if (!n.path("tick").canConvertToLong() || n.get("tick").asLong() < 1)
            throw new JournalFormatException("line " + number + ": needs a positive 'tick'");
        return n.get("tick").asLong();
    }

    private static long hash(JsonNode n, int number) {
        try {
            return Long.parseUnsignedLong(n.path("hash").asText(), 16);
        } catch (NumberFormatException e) {
            throw new JournalFormatException("line " + number + ": 'hash' must be 16 hex digits");
        }
    }
}
