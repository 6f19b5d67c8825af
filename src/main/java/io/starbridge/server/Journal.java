package io.starbridge.server;

import io.starbridge.sim.command.Command;
import io.starbridge.sim.command.CommandCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that entered one game, by tick, in application order: ship commands as
 * {@link CommandCodec} field maps and game-master actions. Written only by the tick thread,
 * before the acknowledgement goes out; seed + scenario + this list reproduce the run.
 */
public final class Journal {
    /** One entry: the tick it applied in, and its fields ({@code type} first). */
    public record Entry(long tick, Map<String, Object> fields) {}

    private final String scenarioId;
    private final long seed;
    private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());

    Journal(String scenarioId, long seed) {
        this.scenarioId = scenarioId;
        this.seed = seed;
    }

    public String scenarioId() { return scenarioId; }
    public long seed() { return seed; }

    void command(long tick, Command command) { entries.add(new Entry(tick, CommandCodec.encode(command))); }

    void gameMaster(long tick, String memberId, String action, Map<String, Object> details) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "gm:" + action);
        m.put("member", memberId);
        m.putAll(details);
        entries.add(new Entry(tick, m));
    }

    /** A copy of the entries so far. */
    public List<Entry> entries() {
        synchronized (entries) { return List.copyOf(entries); }
    }

    public int size() { return entries.size(); }
}
