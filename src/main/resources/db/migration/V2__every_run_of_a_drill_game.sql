-- Starbridge store, schema 2 (docs/after-action.md). A served drill game drills run after run under one
-- game id, but runs.game_id is UNIQUE (a mission game is recorded once): schema 1 stored only the first
-- run of each drill game and dropped the rest. Drill runs now keep their game id in drill_game_id, unique
-- with their run index, and game_id is for missions alone. (Adding columns, not rebuilding the table:
-- drill_results refers to runs.)

-- the served drill game a drill run belonged to ("g3"); NULL for missions and headless drill runs
ALTER TABLE runs ADD COLUMN drill_game_id TEXT;
-- 0-based position of a drill run within its drill game or drill command; 0 for missions
ALTER TABLE runs ADD COLUMN run_index INTEGER NOT NULL DEFAULT 0 CHECK (run_index >= 0);

UPDATE runs SET drill_game_id = game_id, game_id = NULL WHERE kind = 'drill' AND game_id IS NOT NULL;
UPDATE runs SET run_index = COALESCE((SELECT d.run_index FROM drill_results d WHERE d.run_id = runs.id LIMIT 1), 0)
    WHERE kind = 'drill';

-- a drill game's run recorded again (after a crash) is stored once; NULLs (headless runs) never collide
CREATE UNIQUE INDEX runs_once_per_drill_game_run ON runs (drill_game_id, run_index);
