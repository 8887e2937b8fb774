import { APPLICATION_ID, type Migration } from './types';

/*
 * Language and status are left without CHECK lists on purpose: SQLite can only change a CHECK by
 * rebuilding the table, and both lists will grow. The zod schemas guard them at the boundary.
 * The ranges that DESIGN.md fixes for good (k 3..10, rounds 1-2, answers 1..5) are enforced here
 * too, so no code path can store a value the scoring would misread.
 */
export const createWorkshops: Migration = {
  version: 1,
  name: 'create-workshops',
  up(db) {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec(`
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL,
        client TEXT NOT NULL DEFAULT '',
        team TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        facilitator TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL,
        anonymity_threshold INTEGER NOT NULL CHECK (anonymity_threshold BETWEEN 3 AND 10),
        notes TEXT NOT NULL DEFAULT '',
        role_groups TEXT NOT NULL CHECK (json_valid(role_groups) AND json_type(role_groups) = 'array'),
        status TEXT NOT NULL DEFAULT 'draft',
        instrument_version TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX workshops_newest_first ON workshops (date DESC, created_at DESC);

      CREATE TABLE participants (
        id TEXT PRIMARY KEY NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        role TEXT NOT NULL,
        name TEXT,
        position INTEGER NOT NULL CHECK (position >= 0),
        UNIQUE (workshop_id, alias),
        -- Lets answers reference (participant, workshop) together, so an answer can never be
        -- filed under a workshop its participant does not belong to.
        UNIQUE (id, workshop_id)
      ) STRICT;

      CREATE TABLE responses (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        round INTEGER NOT NULL CHECK (round IN (1, 2)),
        value INTEGER CHECK (value BETWEEN 1 AND 5),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (participant_id, item_id, round),
        FOREIGN KEY (participant_id, workshop_id)
          REFERENCES participants (id, workshop_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX responses_by_workshop ON responses (workshop_id, round, item_id);

      CREATE TABLE reality_check_entries (
        id TEXT PRIMARY KEY NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL,
        reported TEXT NOT NULL DEFAULT 'done',
        verified TEXT NOT NULL CHECK (verified IN ('verified', 'partly', 'not_verified', 'unknown')),
        owner_clear TEXT NOT NULL CHECK (owner_clear IN ('yes', 'no', 'unclear')),
        decision_traceable INTEGER NOT NULL CHECK (decision_traceable IN (0, 1))
      ) STRICT;
      CREATE INDEX reality_check_entries_by_workshop ON reality_check_entries (workshop_id, position);

      CREATE TABLE decision_entries (
        id TEXT PRIMARY KEY NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL,
        decider_known INTEGER NOT NULL CHECK (decider_known IN (0, 1)),
        inputs_known INTEGER NOT NULL CHECK (inputs_known IN (0, 1)),
        recorded TEXT NOT NULL DEFAULT '',
        replayable TEXT NOT NULL CHECK (replayable IN ('yes', 'no', 'unsure'))
      ) STRICT;
      CREATE INDEX decision_entries_by_workshop ON decision_entries (workshop_id, position);
    `);
  },
};
