import type { Migration } from './types';

/*
 * Running a workshop live: its agenda with each section's timer, the run state (current section,
 * reveal, private-mode PIN), the facilitator's notes, anonymous comments and the parking lot.
 * Timers are stored as data (epoch ms when started + time already run), so a reopened app
 * resumes each countdown exactly where it was. Comments have no participant column and no
 * timestamp: their order key is random, so neither storage nor display can tie one to a person.
 */
export const addRunState: Migration = {
  version: 2,
  name: 'add-run-state',
  up(db) {
    db.exec(`
      CREATE TABLE agenda_sections (
        id TEXT PRIMARY KEY NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        kind TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        prompt TEXT NOT NULL DEFAULT '',
        dimensions TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(dimensions) AND json_type(dimensions) = 'array'),
        round INTEGER NOT NULL DEFAULT 1 CHECK (round IN (1, 2)),
        timebox_ms INTEGER NOT NULL CHECK (timebox_ms > 0),
        extra_ms INTEGER NOT NULL DEFAULT 0 CHECK (extra_ms >= 0),
        skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
        timer_started_at INTEGER,
        timer_elapsed_ms INTEGER NOT NULL DEFAULT 0 CHECK (timer_elapsed_ms >= 0),
        UNIQUE (id, workshop_id)
      ) STRICT;
      CREATE INDEX agenda_sections_by_workshop ON agenda_sections (workshop_id, position);

      CREATE TABLE run_state (
        workshop_id TEXT PRIMARY KEY NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        current_section_id TEXT REFERENCES agenda_sections (id) ON DELETE SET NULL,
        revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
        locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
        pin_salt TEXT,
        pin_hash TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE section_notes (
        section_id TEXT PRIMARY KEY NOT NULL,
        workshop_id TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        FOREIGN KEY (section_id, workshop_id)
          REFERENCES agenda_sections (id, workshop_id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE comments (
        id TEXT PRIMARY KEY NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        section_id TEXT REFERENCES agenda_sections (id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        order_key TEXT NOT NULL
      ) STRICT;
      CREATE INDEX comments_by_workshop ON comments (workshop_id, order_key);

      CREATE TABLE parking_lot (
        id TEXT PRIMARY KEY NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        section_id TEXT REFERENCES agenda_sections (id) ON DELETE SET NULL,
        position INTEGER NOT NULL CHECK (position >= 0),
        text TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
      ) STRICT;
      CREATE INDEX parking_lot_by_workshop ON parking_lot (workshop_id, position);
    `);
  },
};
