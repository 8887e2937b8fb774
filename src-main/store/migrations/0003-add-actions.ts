import type { Migration } from './types';

/*
 * Agreed interventions ("actions"), the room's dot-vote budget and the follow-up link between
 * workshops. The budget and the link live in their own tables rather than new workshops columns,
 * so the workshops table and its repository stay as they are. Deleting the earlier workshop
 * deletes the link; deleting a workshop deletes its actions.
 */
export const addActions: Migration = {
  version: 3,
  name: 'add-actions',
  up(db) {
    db.exec(`
      CREATE TABLE actions (
        id TEXT PRIMARY KEY NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        intervention_id TEXT,
        title TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        success_signal TEXT NOT NULL DEFAULT '',
        targets TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(targets) AND json_type(targets) = 'array'),
        selected INTEGER NOT NULL DEFAULT 1 CHECK (selected IN (0, 1)),
        votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
        position INTEGER NOT NULL CHECK (position >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- One action per catalogue intervention; custom actions (NULL) are never equal in SQL.
        UNIQUE (workshop_id, intervention_id)
      ) STRICT;
      CREATE INDEX actions_by_workshop ON actions (workshop_id, position);

      CREATE TABLE action_settings (
        workshop_id TEXT PRIMARY KEY NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        votes_per_person INTEGER NOT NULL CHECK (votes_per_person BETWEEN 1 AND 20)
      ) STRICT;

      CREATE TABLE workshop_links (
        workshop_id TEXT PRIMARY KEY NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        follows_workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        CHECK (follows_workshop_id <> workshop_id)
      ) STRICT;
      CREATE INDEX workshop_links_by_earlier ON workshop_links (follows_workshop_id);
    `);
  },
};
