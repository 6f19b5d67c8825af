package io.starbridge.server;

import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalReader;
import io.starbridge.replay.JournalWriter;
import io.starbridge.sim.command.Command;
import io.starbridge.store.Store;
import io.starbridge.store.StoredRun;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journal of a stored run, as a whole journal that ends where the run ended. A drill run keeps
 * its journal in the store; a served game's file goes on past its outcome while the game is left
 * open (and has no end record until the game stops), so it is cut at the run's tick and given the end
 * record the run stored: {@code replay} verifies the result like any journal.
 */
final class AfterActionJournals {
    private final Store store;
    private final Path journalsDir;

    AfterActionJournals(Store store) {
        this.store = store;
        this.journalsDir = store.dataDir().resolve("journals").toAbsolutePath().normalize();
    }

    /** @throws IOException if the run's journal is gone or unreadable */
    Journal load(StoredRun run) throws IOException {
        if (run.journalInStore()) {
            String text = store.runs().journalText(run.id()).orElseThrow(() -> new NoSuchFileException("journal of " + run.id()));
            return new JournalReader().read(new StringReader(text));
        }
        Journal file;
        try (Reader in = Files.newBufferedReader(file(run), StandardCharsets.UTF_8)) {
            file = new JournalReader().readUpToCrash(in);
        }
        long end = run.ticks();
        Map<Long, List<Command>> commands = new TreeMap<>(file.commandsByTick().headMap(end, true));
        Map<Long, Long> checkpoints = new TreeMap<>(file.checkpoints().headMap(end, true));
        return Journal.of(file.header(), commands, checkpoints, end, run.outcome(), run.stateHash(),
                file.reactionsByTick().headMap(end, true));
    }

    /** The journal as a file's text (docs/journal-format.md), ready for {@code replay FILE}. */
    String export(StoredRun run) throws IOException {
        if (run.journalInStore())
            return store.runs().journalText(run.id()).orElseThrow(() -> new NoSuchFileException("journal of " + run.id()));
        Journal j = load(run);
        StringWriter text = new StringWriter();
        JournalWriter out = new JournalWriter(text);
        out.header(j.header());
        out.records(j, j.endTick()); // as the game wrote them: a tick's commands before the step, its checkpoint after
        out.end(j.endTick(), j.outcome(), j.endHash());
        return text.toString();
    }

    /** The run's journal file; the stored path must name a file directly under DATA/journals. */
    private Path file(StoredRun run) throws IOException {
        Path file = store.dataDir().resolve(run.journalPath()).toAbsolutePath().normalize();
        if (!journalsDir.equals(file.getParent()))
            throw new NoSuchFileException("journal path outside the journals directory: " + run.journalPath());
        return file;
    }
}
