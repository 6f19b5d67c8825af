package io.starbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The crews table: a crew is a name ("bots", or who held the seats), created on first use. */
public final class Crews {
    private final Database db;

    Crews(Database db) { this.db = db; }

    /** Every crew name, in the order they first appeared. */
    public List<String> names() {
        return db.read("list crews", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name FROM crews ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
            return out;
        });
    }

    /** The row id of a crew, inserting it if new; inside the caller's transaction. */
    static long idFor(Connection c, String name, long nowMs) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO crews (name, created_at_ms) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
            s.setString(1, name);
            s.setLong(2, nowMs);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM crews WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
