package io.starbridge.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.starbridge.sim.command.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The client-to-server frames of one real session ({@code src/test/resources/fuzz/recorded-session.jsonl},
 * written by {@code make-corpus.py} there from the bot crew of the golden last-of-its-kind replay, in
 * the browser client's shapes): the seed inputs of the mutation fuzzers.
 */
public final class RecordedSession {
    /** One frame and the seat role it was sent from. */
    public record Frame(Role role, String text) {}

    public static final String RESOURCE = "/fuzz/recorded-session.jsonl";

    private RecordedSession() {}

    public static List<Frame> frames() {
        ObjectMapper json = new ObjectMapper();
        List<Frame> out = new ArrayList<>();
        try (InputStream in = RecordedSession.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing test resource " + RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                out.add(new Frame(Role.valueOf(n.get("role").textValue()), n.get("frame").textValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
