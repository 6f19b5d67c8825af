package io.starbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The drill_results table: every figure of every completed drill run, oldest run first. */
public final class DrillResults {
    private final Database db;

    DrillResults(Database db) { this.db = db; }

    /** Each completed run of a drill, oldest first; @param crew a crew name, or null for every crew */
    public List<DrillResultRow> forDrill(String drillId, String crew) {
        return db.read("read the results of drill " + drillId, c -> {
            String sql = "SELECT d.run_id, d.run_index, d.seed, c.name, r.ended_at_ms, d.figure, d.ms FROM drill_results d "
                    + "JOIN runs r ON r.id = d.run_id JOIN crews c ON c.id = r.crew_id WHERE d.drill_id = ?"
                    + (crew == null ? "" : " AND c.name = ?") + " ORDER BY d.run_id, d.rowid";
            Map<Long, DrillResultRow> rows = new LinkedHashMap<>();
            Map<Long, Map<String, Long>> figures = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, drillId);
                if (crew != null) s.setString(2, crew);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long run = r.getLong(1);
                        Map<String, Long> f = figures.computeIfAbsent(run, k -> new LinkedHashMap<>());
                        f.put(r.getString(6), r.getLong(7));
                        if (!rows.containsKey(run))
                            rows.put(run, new DrillResultRow(RunIds.format(run), r.getInt(2), r.getLong(3), r.getString(4), r.getLong(5), Map.of()));
                    }
                }
            }
            List<DrillResultRow> out = new ArrayList<>();
            for (Map.Entry<Long, DrillResultRow> e : rows.entrySet()) {
                DrillResultRow row = e.getValue();
                out.add(new DrillResultRow(row.runId(), row.runIndex(), row.seed(), row.crew(), row.endedAtMs(), figures.get(e.getKey())));
            }
            return out;
        });
    }

    /** Inside the caller's transaction: one row per figure of a completed run. */
    static void insert(Connection c, long runRow, String drillId, int runIndex, long seed, Map<String, Long> figures) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO drill_results (run_id, drill_id, run_index, seed, figure, ms) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Long> f : figures.entrySet()) {
                s.setLong(1, runRow);
                s.setString(2, drillId);
                s.setInt(3, runIndex);
                s.setLong(4, seed);
                s.setString(5, f.getKey());
                s.setLong(6, f.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
