/**
 * Persistence under {@code --data DIR}: an embedded SQLite file ({@code DIR/starbridge.db}, schema by the
 * Flyway migrations in {@code db/migration}) holding crews, finished runs (served missions and drill runs,
 * each with its journal) and drill figures. Plain JDBC; one repository class per table. See
 * docs/after-action.md.
 */
package io.starbridge.store;
