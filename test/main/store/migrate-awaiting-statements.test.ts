import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/store/migrate';
import { MIGRATIONS } from '../../../src-main/store/migrations';
import { listAgenda } from '../../../src-main/store/repositories/agenda';
import { tempDbFile } from '../../helpers/temp-db';

const NOW = '2026-05-04T10:00:00.000Z';

/**
 * A file as the app left it when a client statements section with a note was skipped for good as
 * its last statement went (w-empty), beside one skipped while it still has statements (w-full).
 */
function fileBeforeAwaiting(): Database.Database {
  const db = new Database(tempDbFile());
  db.pragma('foreign_keys = ON');
  const before = MIGRATIONS.findIndex((migration) => migration.name === 'add-awaiting-statements');
  migrate(db, MIGRATIONS.slice(0, before));
  const workshop = db.prepare(
    `INSERT INTO workshops (id, title, date, language, anonymity_threshold, role_groups, status,
       created_at, updated_at) VALUES (?, ?, '2026-05-04', 'en', 5, '[]', 'running', ?, ?)`,
  );
  workshop.run('w-empty', 'Statements all removed', NOW, NOW);
  workshop.run('w-full', 'Skipped on purpose', NOW, NOW);
  const section = db.prepare(
    `INSERT INTO agenda_sections (id, workshop_id, position, kind, timebox_ms, skipped)
     VALUES (?, ?, ?, ?, 480000, ?)`,
  );
  section.run('e-framing', 'w-empty', 0, 'framing', 1);
  section.run('e-client', 'w-empty', 1, 'client_statements', 1);
  section.run('f-client', 'w-full', 0, 'client_statements', 1);
  db.prepare(
    `INSERT INTO client_statements (id, workshop_id, position, text, created_at, updated_at)
     VALUES ('c1', 'w-full', 0, 'We ship on Fridays', ?, ?)`,
  ).run(NOW, NOW);
  return db;
}

describe('migration add-awaiting-statements', () => {
  it('marks a skipped client statements section of a workshop without statements as waiting', () => {
    const db = fileBeforeAwaiting();
    try {
      migrate(db);
      const flags = (workshopId: string) =>
        listAgenda(db, workshopId).map((s) => [s.id, s.skipped, s.awaitingStatements]);
      expect(flags('w-empty')).toEqual([
        ['e-framing', true, false],
        ['e-client', true, true],
      ]);
      expect(flags('w-full')).toEqual([['f-client', true, false]]);
      // Waiting is a kind of skipped: a section cannot wait and be asked at once.
      expect(() =>
        db.prepare(`UPDATE agenda_sections SET skipped = 0 WHERE id = 'e-client'`).run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
