package io.starbridge.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The store of one data directory: {@code DIR/starbridge.db}, created and migrated to the latest schema
 * on {@link #open}. Several processes may use the same file (a {@code drill} while a server runs):
 * SQLite's write-ahead log lets readers go on while one writes, and a writer waits up to
 * {@link #BUSY_TIMEOUT_MS} for another. Close it to release the file.
 */
public final class Store implements AutoCloseable {
    /** The database file's name inside the data directory. */
    public static final String FILE_NAME = "starbridge.db";
    /** How long a write waits for another process's write to finish, milliseconds. */
    static final int BUSY_TIMEOUT_MS = 5000;

    private final Path dataDir;
    private final Database database;
    private final Crews crews;
    private final Runs runs;
    private final DrillResults drillResults;

    private Store(Path dataDir, Database database) {
        this.dataDir = dataDir;
        this.database = database;
        this.crews = new Crews(database);
        this.runs = new Runs(database);
        this.drillResults = new DrillResults(database);
    }

    /**
     * Opens (creating if needed) the store under a data directory and applies pending migrations.
     * @throws StoreException if the directory or file cannot be used, or a migration fails
     */
    public static Store open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("store: cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException("store: cannot migrate " + file + ": " + e.getMessage(), e);
        }
        try {
            return new Store(dataDir, new Database(source.getConnection()));
        } catch (SQLException e) {
            throw new StoreException("store: cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** The data directory this store lives in; journal paths of runs are relative to it. */
    public Path dataDir() { return dataDir; }

    public Crews crews() { return crews; }

    public Runs runs() { return runs; }

    public DrillResults drillResults() { return drillResults; }

    @Override public void close() { database.close(); }
}
