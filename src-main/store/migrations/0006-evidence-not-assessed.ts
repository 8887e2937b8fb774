import type { Migration } from './types';

/*
 * Evidence protocol 2: an evidence field may be left "not assessed" (NULL), and where a decision is
 * recorded becomes a choice (`recorded_place`) with an optional note, instead of free text in which
 * "nowhere" counted as recorded. SQLite cannot relax NOT NULL or change a CHECK in place, so both
 * tables are rebuilt; nothing references them. Rows written before keep their values (each field
 * was set then); the old free text becomes the note, and its place `nowhere` when it was empty,
 * `other` otherwise, the same mapping as reading a version-1 workshop file (docs/formats.md).
 */
export const evidenceNotAssessed: Migration = {
  version: 6,
  name: 'evidence-not-assessed',
  up(db) {
    db.exec(`
      CREATE TABLE reality_check_entries_v2 (
        id TEXT PRIMARY KEY NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL,
        reported TEXT NOT NULL DEFAULT 'done',
        verified TEXT CHECK (verified IN ('verified', 'partly', 'not_verified', 'unknown')),
        owner_clear TEXT CHECK (owner_clear IN ('yes', 'no', 'unclear')),
        decision_traceable INTEGER CHECK (decision_traceable IN (0, 1))
      ) STRICT;
      INSERT INTO reality_check_entries_v2
        SELECT id, workshop_id, position, title, reported, verified, owner_clear, decision_traceable
        FROM reality_check_entries;
      DROP TABLE reality_check_entries;
      ALTER TABLE reality_check_entries_v2 RENAME TO reality_check_entries;
      CREATE INDEX reality_check_entries_by_workshop ON reality_check_entries (workshop_id, position);

      CREATE TABLE decision_entries_v2 (
        id TEXT PRIMARY KEY NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL,
        decider_known INTEGER CHECK (decider_known IN (0, 1)),
        inputs_known INTEGER CHECK (inputs_known IN (0, 1)),
        recorded_place TEXT CHECK (recorded_place IN ('nowhere', 'personal_notes', 'team_chat',
          'meeting_minutes', 'ticket', 'decision_log', 'other')),
        recorded_note TEXT NOT NULL DEFAULT '',
        replayable TEXT CHECK (replayable IN ('yes', 'no', 'unsure'))
      ) STRICT;
      INSERT INTO decision_entries_v2
        SELECT id, workshop_id, position, title, decider_known, inputs_known,
          CASE WHEN trim(recorded) = '' THEN 'nowhere' ELSE 'other' END, trim(recorded), replayable
        FROM decision_entries;
      DROP TABLE decision_entries;
      ALTER TABLE decision_entries_v2 RENAME TO decision_entries;
      CREATE INDEX decision_entries_by_workshop ON decision_entries (workshop_id, position);
    `);
  },
};
