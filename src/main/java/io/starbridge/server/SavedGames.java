package io.starbridge.server;

import io.starbridge.replay.Journal;
import io.starbridge.replay.JournalFormatException;
import io.starbridge.replay.JournalReader;
import io.starbridge.replay.JournalWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Games a game master saved (DATA/saves/NAME.jsonl). A save is the game's journal up to the tick it
 * was saved at, closed with an end record carrying that tick's state hash: a complete journal that
 * `replay` verifies and from which the lobby starts the game again (re-simulated, hash checked).
 */
final class SavedGames {
    /** Lower-case letters, digits and dashes, 1–40 characters: a file name that cannot leave the directory. */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** At most this many saves are kept; saving a new name beyond it is refused (overwriting is fine). */
    static final int MAX_SAVES = 200;

    /** One save as the lobby lists it. */
    record Save(String name, String scenario, long seed, String size, long tick, String outcome, long savedAtMs) {}

    private final Path dir;
    /**
     * Summaries already read, by file name, with the modification time and size they were read at: the
     * lobby lists the saves every few seconds, and a save changes only when a game master saves again.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Listed> listed = new java.util.concurrent.ConcurrentHashMap<>();

    private record Listed(long modifiedMs, long bytes, Save save) {}

    SavedGames(Path dataDir) {
        this.dir = dataDir.resolve("saves");
    }

    /** @return null if the name is acceptable, else why not */
    static String checkName(String name) {
        if (name == null || name.isEmpty()) return "a save needs a name";
        if (!NAME.matcher(name).matches())
            return "a save name is 1–40 lower-case letters, digits and dashes, starting with a letter or digit; was '"
                    + (name.length() > 60 ? name.substring(0, 60) + "…" : name) + "'";
        return null;
    }

    /**
     * Writes a save from a game's live journal file, atomically (temp file, fsync, rename): a crash
     * mid-save leaves the previous save of that name, never half a file. Tick thread of that game.
     */
    void write(String name, Path liveJournal, long tick, String outcome, long stateHash) {
        String bad = checkName(name);
        if (bad != null) throw new IllegalArgumentException(bad);
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".jsonl");
            if (!Files.exists(target) && count() >= MAX_SAVES)
                throw new IllegalArgumentException("there are already " + MAX_SAVES + " saves; overwrite one");
            Path temp = Files.createTempFile(dir, name, ".tmp");
            try {
                Files.copy(liveJournal, temp, StandardCopyOption.REPLACE_EXISTING);
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                     JournalWriter writer = new JournalWriter(out)) {
                    writer.end(tick, outcome, stateHash);
                }
                try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) { c.force(true); }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save under " + dir, e);
        }
    }

    /**
     * The saved journal, read in full (end record required).
     * @throws IllegalArgumentException for a bad or unknown name, or a file that is not a complete journal
     */
    Journal read(String name) {
        String bad = checkName(name);
        if (bad != null) throw new IllegalArgumentException(bad);
        Path file = dir.resolve(name + ".jsonl");
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no saved game '" + name + "'");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new JournalReader().read(in);
        } catch (JournalFormatException e) {
            throw new IllegalArgumentException("saved game '" + name + "' is damaged: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Every readable save, newest first; damaged files are left out. */
    List<Save> list() {
        List<Save> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(SavedGames::isSaveFile).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.jsonl$", "");
                long modified = Files.getLastModifiedTime(f).toMillis(), bytes = Files.size(f);
                Listed known = listed.get(name);
                if (known != null && known.modifiedMs() == modified && known.bytes() == bytes) {
                    out.add(known.save());
                    continue;
                }
                try {
                    Journal j = read(name);
                    Save save = new Save(name, j.header().scenario(), j.header().seed(), j.header().size(), j.endTick(),
                            j.outcome(), modified);
                    listed.put(name, new Listed(modified, bytes, save));
                    out.add(save);
                } catch (IllegalArgumentException | UncheckedIOException e) {
                    // a damaged save is not offered; it stays on disk for a person to look at
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        out.sort(Comparator.comparingLong(Save::savedAtMs).reversed().thenComparing(Save::name));
        return out;
    }

    private long count() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(SavedGames::isSaveFile).count();
        }
    }

    private static boolean isSaveFile(Path f) {
        String n = f.getFileName().toString();
        return Files.isRegularFile(f) && n.endsWith(".jsonl") && NAME.matcher(n.substring(0, n.length() - 6)).matches();
    }
}
