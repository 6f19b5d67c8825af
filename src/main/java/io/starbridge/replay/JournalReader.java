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

    public Journal read(Reader source) throws IOException {
        BufferedReader in = new BufferedReader(source);
        Journal.Header header = null;
        Map<Long, List<Command>> commands = new TreeMap<>();
        Map<Long, Long> checkpoints = new TreeMap<>();
        Long endTick = null;
        String outcome = null;
        long endHash = 0;
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) continue;
            JsonNode n;
            try {
                n = json.readTree(line);
            } catch (JsonProcessingException e) {
                throw new JournalFormatException("line " + number + ": not JSON: " + e.getOriginalMessage());
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
            } else if (n.has("hash")) {
                checkpoints.put(tick(n, number), hash(n, number));
            } else {
                throw new JournalFormatException("line " + number + ": unknown record " + line);
            }
        }
        if (header == null) throw new JournalFormatException("empty journal: no header line");
        if (endTick == null) throw new JournalFormatException("journal has no end record (was the run cut short?)");
        return Journal.of(header, commands, checkpoints, endTick, outcome, endHash);
    }

    private static Journal.Header header(JsonNode n, int number) {
        if (!Journal.FORMAT.equals(n.path("format").asText()))
            throw new JournalFormatException("line " + number + ": not a Starbridge journal (format must be '"
                    + Journal.FORMAT + "')");
        int version = n.path("version").asInt(-1);
        if (version != Journal.VERSION)
            throw new JournalFormatException("line " + number + ": journal version " + version
                    + " is not supported (this build reads version " + Journal.VERSION + ")");
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
