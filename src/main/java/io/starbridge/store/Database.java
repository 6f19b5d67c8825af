package io.starbridge.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one JDBC connection of a store. SQLite serialises writers anyway, so every repository call takes
 * this object's lock for its whole statement or transaction: calls from the server's threads and the
 * tick threads never interleave halfway.
 */
final class Database implements AutoCloseable {
    /** Work against the connection; may throw SQLException, which becomes a {@link StoreException}. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Connection connection;

    Database(Connection connection) { this.connection = connection; }

    /** Runs {@code work} alone; @param what names the operation in an error */
    synchronized <T> T read(String what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("store: cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is stored, or (on any error) none of it. */
    synchronized <T> T write(String what, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store: cannot " + what + ": " + e.getMessage(), e);
        }
    }

    @Override public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("store: cannot close: " + e.getMessage(), e);
        }
    }
}
