import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate } from '../../../src-main/store/migrate';
import { MIGRATIONS } from '../../../src-main/store/migrations';
import { closeStore, openStore } from '../../../src-main/store/open-store';
import {
  listDecisionEntries,
  listRealityCheckEntries,
} from '../../../src-main/store/repositories/evidence';
import { tempDir } from '../../helpers/temp-db';

/*
 * Every schema version a released app may have left on disk must migrate to the current schema
 * and end up exactly like a database created fresh. test/fixtures/schema-v1.db is a real file
 * written by the released migration 0001 (a closed workshop with 3 participants, 9 answers, one
 * reality-check and one decision entry) and is never regenerated: it stands for users' files.
 */

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** The schema as SQLite stores it, whitespace-normalized, in a stable order. */
function schemaOf(db: Database.Database): SchemaRow[] {
  const rows = db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_schema
       WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`,
    )
    .all() as SchemaRow[];
  return rows.map((row) => ({ ...row, sql: row.sql?.replace(/\s+/g, ' ').trim() ?? null }));
}

function freshSchema(file: string): { schema: SchemaRow[]; applicationId: unknown } {
  const db = openStore(file);
  const out = {
    schema: schemaOf(db),
    applicationId: db.pragma('application_id', { simple: true }),
  };
  closeStore(db);
  return out;
}

function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare('SELECT 1 FROM sqlite_schema WHERE name = ?').get(name) !== undefined;
}

/** Rows every version has, plus run rows once the schema has them. */
function insertRepresentativeRows(db: Database.Database): void {
  const now = '2026-02-01T10:00:00.000Z';
  db.prepare(
    `INSERT INTO workshops (id, title, date, language, anonymity_threshold, role_groups,
       status, created_at, updated_at)
     VALUES ('w1', 'Old workshop', '2026-02-01', 'en', 3, '["engineering"]', 'running', ?, ?)`,
  ).run(now, now);
  for (const [index, id] of ['p1', 'p2'].entries()) {
    db.prepare(
      `INSERT INTO participants (id, workshop_id, alias, role, position)
       VALUES (?, 'w1', ?, 'engineering', ?)`,
    ).run(id, `P${index + 1}`, index);
    db.prepare(
      `INSERT INTO responses (workshop_id, participant_id, item_id, round, value, updated_at)
       VALUES ('w1', ?, 'hd.load.1', 1, 3, ?)`,
    ).run(id, now);
  }
  if (tableExists(db, 'agenda_sections')) {
    db.prepare(
      `INSERT INTO agenda_sections (id, workshop_id, position, kind, timebox_ms)
       VALUES ('s1', 'w1', 0, 'welcome', 600000)`,
    ).run();
    db.prepare(
      `INSERT INTO run_state (workshop_id, current_section_id, updated_at) VALUES ('w1', 's1', ?)`,
    ).run(now);
  }
}

describe('migrating every released schema version', () => {
  let fresh: ReturnType<typeof freshSchema>;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'edw-fresh-'));
    fresh = freshSchema(join(dir, 'fresh.sqlite'));
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(MIGRATIONS.map((migration) => migration.version))(
    'a database at version %i migrates to the current schema and keeps its rows',
    (version) => {
      const file = join(tempDir(), `v${version}.sqlite`);
      const old = new Database(file);
      expect(migrate(old, MIGRATIONS.slice(0, version))).toBe(version);
      insertRepresentativeRows(old);
      old.close();

      const db = openStore(file);
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
        expect(db.pragma('application_id', { simple: true })).toBe(fresh.applicationId);
        expect(schemaOf(db)).toEqual(fresh.schema);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        expect(db.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(2);
      } finally {
        closeStore(db);
      }
    },
  );

  it('the committed file from the released version 1 migrates and equals a fresh database', () => {
    const file = join(tempDir(), 'schema-v1.db');
    copyFileSync(resolve('test/fixtures/schema-v1.db'), file);
    const before = new Database(file, { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(1);
    before.close();

    const db = openStore(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(schemaOf(db)).toEqual(fresh.schema);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const workshop = db.prepare('SELECT title, notes, status FROM workshops').all();
      expect(workshop).toEqual([
        { title: 'Released v1 workshop', notes: 'ñ and ü survive', status: 'closed' },
      ]);
      const counts = db
        .prepare(
          `SELECT (SELECT count(*) FROM participants) AS participants,
                  (SELECT count(*) FROM responses) AS answers,
                  (SELECT count(*) FROM responses WHERE value IS NULL) AS cantSay,
                  (SELECT count(*) FROM reality_check_entries) AS realityChecks,
                  (SELECT count(*) FROM decision_entries) AS decisions`,
        )
        .get();
      expect(counts).toEqual({
        participants: 3,
        answers: 9,
        cantSay: 1,
        realityChecks: 1,
        decisions: 1,
      });
      // Evidence written before "not assessed" existed keeps every value it had; the empty
      // free-text record becomes the place "nowhere".
      expect(listDecisionEntries(db, 'w-v1')).toMatchObject([
        { deciderKnown: true, inputsKnown: false, recorded: 'nowhere', recordedNote: '' },
      ]);
      expect(listRealityCheckEntries(db, 'w-v1')).toMatchObject([
        { verified: 'partly', ownerClear: 'unclear', decisionTraceable: false },
      ]);
    } finally {
      closeStore(db);
    }
  });

  it('a version-5 decision recorded in free text becomes "other" with the text as its note', () => {
    const file = join(tempDir(), 'v5-evidence.sqlite');
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 5));
    insertRepresentativeRows(old);
    const insert = old.prepare(
      `INSERT INTO decision_entries (id, workshop_id, position, title, decider_known, inputs_known,
         recorded, replayable) VALUES (?, 'w1', ?, ?, 1, 1, ?, 'yes')`,
    );
    insert.run('d1', 0, 'Written up', '  Steering minutes, May ');
    insert.run('d2', 1, 'Not written', '   ');
    old.close();

    const db = openStore(file);
    try {
      expect(
        listDecisionEntries(db, 'w1').map((entry) => [entry.recorded, entry.recordedNote]),
      ).toEqual([
        ['other', 'Steering minutes, May'],
        ['nowhere', ''],
      ]);
    } finally {
      closeStore(db);
    }
  });
});
