-- Starbridge store, schema 1 (docs/after-action.md). Times are epoch milliseconds (wall clock);
-- ticks and figures are simulated (60 ticks a second, figures in simulated milliseconds).

-- Who flew a run: "bots", or the names that held seats in a served game.
CREATE TABLE crews (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL UNIQUE,
    created_at_ms INTEGER NOT NULL
);

-- One finished mission (a served game) or one drill run.
CREATE TABLE runs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          TEXT    NOT NULL CHECK (kind IN ('mission', 'drill')),
    -- the server's game id ("g3"); unique so a game recorded at its outcome is not recorded again when
    -- it is stopped or recovered after a crash. NULL for drill runs (NULLs never collide).
    game_id       TEXT    UNIQUE,
    drill_id      TEXT,
    scenario      TEXT    NOT NULL,
    size          TEXT,
    seed          INTEGER NOT NULL,
    crew_id       INTEGER NOT NULL REFERENCES crews (id),
    started_at_ms INTEGER NOT NULL,
    ended_at_ms   INTEGER NOT NULL,
    outcome       TEXT,
    -- mission: it had an outcome; drill: its end condition was met before the time cap
    completed     INTEGER NOT NULL CHECK (completed IN (0, 1)),
    ticks         INTEGER NOT NULL CHECK (ticks >= 0),
    state_hash    TEXT    NOT NULL,
    figures_json  TEXT    NOT NULL,
    -- the journal: a file relative to the data directory (served games) or its text (drill runs)
    journal_path  TEXT,
    journal_text  TEXT,
    CHECK ((journal_path IS NULL) <> (journal_text IS NULL)),
    CHECK (kind = 'drill' OR game_id IS NOT NULL),
    CHECK (kind = 'mission' OR drill_id IS NOT NULL)
);
CREATE INDEX runs_by_crew ON runs (crew_id, id);

-- Each figure of each completed drill run, for the improvement curve.
CREATE TABLE drill_results (
    run_id    INTEGER NOT NULL REFERENCES runs (id),
    drill_id  TEXT    NOT NULL,
    -- 0-based position of the run within its drill command (--repeat N)
    run_index INTEGER NOT NULL CHECK (run_index >= 0),
    seed      INTEGER NOT NULL,
    figure    TEXT    NOT NULL,
    ms        INTEGER NOT NULL,
    PRIMARY KEY (run_id, figure)
);
CREATE INDEX drill_results_by_drill ON drill_results (drill_id, run_id);
