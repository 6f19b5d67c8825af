package io.starbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The runs table: finished missions and drill runs with their journals. */
public final class Runs {
    private static final String COLUMNS = "r.id, r.kind, COALESCE(r.game_id, r.drill_game_id), r.drill_id, r.scenario, r.size, r.seed, c.name, "
            + "r.started_at_ms, r.ended_at_ms, r.outcome, r.completed, r.ticks, r.state_hash, r.figures_json, r.journal_path";

    private final Database db;

    Runs(Database db) { this.db = db; }

    /**
     * Stores a run, and for a completed drill run each of its figures, in one transaction.
     * @return the new run's id, or empty for a run already stored: a mission whose game id is (a game is
     *         recorded once: at its outcome, or when stopped without one), or a drill game's run of the same index
     */
    public Optional<String> add(NewRun run) {
        return db.write("store a run of " + run.scenario(), c -> {
            long crewId = Crews.idFor(c, run.crew(), run.endedAtMs());
            long row;
            boolean drill = NewRun.DRILL.equals(run.kind());
            // schema 2: a drill game's id goes to drill_game_id, unique with the run index; game_id is the missions'
            try (PreparedStatement s = c.prepareStatement("INSERT INTO runs (kind, game_id, drill_id, scenario, size, seed, "
                    + "crew_id, started_at_ms, ended_at_ms, outcome, completed, ticks, state_hash, figures_json, journal_path, "
                    + "journal_text, drill_game_id, run_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING")) {
                s.setString(1, run.kind());
                setNullable(s, 2, drill ? null : run.gameId());
                setNullable(s, 3, run.drillId());
                s.setString(4, run.scenario());
                setNullable(s, 5, run.size());
                s.setLong(6, run.seed());
                s.setLong(7, crewId);
                s.setLong(8, run.startedAtMs());
                s.setLong(9, run.endedAtMs());
                setNullable(s, 10, run.outcome());
                s.setInt(11, run.completed() ? 1 : 0);
                s.setLong(12, run.ticks());
                s.setString(13, String.format("%016x", run.stateHash()));
                s.setString(14, FiguresJson.write(run.figures()));
                setNullable(s, 15, run.journalPath());
                setNullable(s, 16, run.journalText());
                setNullable(s, 17, drill ? run.gameId() : null);
                s.setInt(18, run.runIndex());
                if (s.executeUpdate() == 0) return Optional.<String>empty();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet r = s.executeQuery()) {
                r.next();
                row = r.getLong(1);
            }
            if (drill && run.completed())
                DrillResults.insert(c, row, run.drillId(), run.runIndex(), run.seed(), run.figures());
            return Optional.of(RunIds.format(row));
        });
    }

    /** The run with this id; empty for an unknown or malformed id. */
    public Optional<StoredRun> find(String id) {
        OptionalLong row = RunIds.parse(id);
        if (row.isEmpty()) return Optional.empty();
        return db.read("read run " + id, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM runs r JOIN crews c ON c.id = r.crew_id WHERE r.id = ?")) {
                s.setLong(1, row.getAsLong());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(stored(r)) : Optional.<StoredRun>empty();
                }
            }
        });
    }

    /** The newest runs first, at most {@code limit}. */
    public List<StoredRun> newest(int limit) {
        return db.read("list runs", c -> {
            List<StoredRun> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM runs r JOIN crews c ON c.id = r.crew_id ORDER BY r.id DESC LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) out.add(stored(r));
                }
            }
            return out;
        });
    }

    /** The journal kept in the store for this run (drill runs); empty if the run keeps it in a file or is unknown. */
    public Optional<String> journalText(String id) {
        OptionalLong row = RunIds.parse(id);
        if (row.isEmpty()) return Optional.empty();
        return db.read("read the journal of " + id, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT journal_text FROM runs WHERE id = ?")) {
                s.setLong(1, row.getAsLong());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private static StoredRun stored(ResultSet r) throws SQLException {
        Map<String, Long> figures = FiguresJson.read(r.getString(15));
        return new StoredRun(RunIds.format(r.getLong(1)), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getLong(7), r.getString(8), r.getLong(9), r.getLong(10), r.getString(11),
                r.getInt(12) == 1, r.getLong(13), Long.parseUnsignedLong(r.getString(14), 16), figures, r.getString(16));
    }

    private static void setNullable(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) s.setNull(index, Types.VARCHAR);
        else s.setString(index, value);
    }
}
