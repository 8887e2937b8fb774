import type { Migration } from './types';

/** A fresh revision: 64 random bits as text, compared exactly (no float rounding). */
const FRESH = 'lower(hex(randomblob(8)))';

/**
 * The tables a workshop's scores are read from, beside `workshops` itself: what its workshop file
 * holds (`workshopFileFrom`). A write to any of them gives the workshop a new revision.
 */
const OWNED = [
  'participants',
  'responses',
  'reality_check_entries',
  'decision_entries',
  'client_statements',
  'agenda_sections',
] as const;

/** The three triggers that revise the workshop a row of `table` belongs to, found by `owner`. */
function revising(table: string, owner: (row: 'NEW' | 'OLD') => string): string {
  const revise = (rows: string) =>
    `UPDATE workshops SET data_revision = ${FRESH} WHERE id IN (${rows});`;
  return `
    CREATE TRIGGER ${table}_revise_on_insert AFTER INSERT ON ${table}
      BEGIN ${revise(owner('NEW'))} END;
    CREATE TRIGGER ${table}_revise_on_update AFTER UPDATE ON ${table}
      BEGIN ${revise(`${owner('OLD')}, ${owner('NEW')}`)} END;
    CREATE TRIGGER ${table}_revise_on_delete AFTER DELETE ON ${table}
      BEGIN ${revise(owner('OLD'))} END;`;
}

/*
 * Every workshop carries a revision that changes with every committed write to what it is scored
 * from, so a scored workshop can be remembered and known to be current (src-main/services/
 * score-cache.ts). Kept by triggers, so no write path can forget it. Random rather than counted:
 * a counter goes back when a backup is restored or a transaction rolls back and could then name
 * other data; a random value names one state of the workshop (a backup restores the revision
 * together with the data it was given for).
 */
export const addDataRevision: Migration = {
  version: 15,
  name: 'add-data-revision',
  up(db) {
    db.exec(`
      ALTER TABLE workshops ADD COLUMN data_revision TEXT NOT NULL DEFAULT '';
      UPDATE workshops SET data_revision = ${FRESH};
      CREATE TRIGGER workshops_revise_on_insert AFTER INSERT ON workshops
        BEGIN UPDATE workshops SET data_revision = ${FRESH} WHERE id = NEW.id; END;
      -- Any change but the revision itself; the triggers below change only the revision.
      CREATE TRIGGER workshops_revise_on_update AFTER UPDATE ON workshops
        WHEN NEW.data_revision IS OLD.data_revision
        BEGIN UPDATE workshops SET data_revision = ${FRESH} WHERE id = NEW.id; END;
      ${OWNED.map((table) => revising(table, (row) => `${row}.workshop_id`)).join('\n')}
      ${revising(
        'client_statement_answers',
        (row) => `(SELECT workshop_id FROM client_statements WHERE id = ${row}.statement_id)`,
      )}
    `);
  },
};

/** Tables whose rows are part of what a workshop is scored from, and so revise it. */
export const REVISING_TABLES = [...OWNED, 'client_statement_answers'] as const;
