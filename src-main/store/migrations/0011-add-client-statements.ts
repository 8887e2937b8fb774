import type { Migration } from './types';

/*
 * The client's own statements (shared/client-statements): up to ten per workshop, in the
 * workshop's language, and their answers. Tables of their own, apart from `responses`, because
 * everything that scores reads `responses`: an answer kept here cannot reach an index, a factor or
 * a finding. An answer is a value 1..5, "can't say" (value NULL) or "not applicable to my role"
 * (flag), with the same CHECK as `responses` so the two never mean two things at once.
 */
export const addClientStatements: Migration = {
  version: 11,
  name: 'add-client-statements',
  up(db) {
    db.exec(`
      CREATE TABLE client_statements (
        id TEXT PRIMARY KEY NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
        reversed INTEGER NOT NULL DEFAULT 0 CHECK (reversed IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX client_statements_by_workshop ON client_statements (workshop_id, position);

      CREATE TABLE client_statement_answers (
        statement_id TEXT NOT NULL REFERENCES client_statements (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        value INTEGER CHECK (value BETWEEN 1 AND 5),
        not_applicable INTEGER NOT NULL DEFAULT 0
          CHECK (not_applicable IN (0, 1) AND (not_applicable = 0 OR value IS NULL)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (statement_id, participant_id)
      ) STRICT;
      CREATE INDEX client_statement_answers_by_participant
        ON client_statement_answers (participant_id);
    `);
  },
};
