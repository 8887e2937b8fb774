import type { Migration } from './types';

/*
 * A client statements section that waits, skipped, for statements: the app skips it when the last
 * client statement goes and brings it back with the next one, in its place and with its time,
 * while a skip the facilitator chose stays theirs (shared/run/agenda.ts,
 * `placeClientStatementsSection`). Before this, such a section was deleted, or, when it held a
 * note, skipped for good. Those are the skipped client statements sections of a workshop with no
 * client statements: they are marked waiting, so the room is asked once statements come again.
 */
export const addAwaitingStatements: Migration = {
  version: 14,
  name: 'add-awaiting-statements',
  up(db) {
    db.exec(`
      ALTER TABLE agenda_sections ADD COLUMN awaiting_statements INTEGER NOT NULL DEFAULT 0
        CHECK (awaiting_statements IN (0, 1) AND (awaiting_statements = 0 OR skipped = 1));
      UPDATE agenda_sections SET awaiting_statements = 1
      WHERE kind = 'client_statements' AND skipped = 1
        AND NOT EXISTS (
          SELECT 1 FROM client_statements WHERE client_statements.workshop_id = agenda_sections.workshop_id
        );
    `);
  },
};
