import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../src-main/store/migrate';
import { MIGRATIONS, type Migration } from '../../../src-main/store/migrations';
import { StoreOpenError } from '../../../src-main/store/open-store';
import { CURRENT_TABLES, tableNames, tempDbFile } from '../../helpers/temp-db';

function rawDb(): Database.Database {
  const db = new Database(tempDbFile());
  db.pragma('foreign_keys = ON');
  return db;
}

describe('migrate', () => {
  it('numbers the migrations 1..n with kebab-case verb-noun names', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    for (const migration of MIGRATIONS) expect(migration.name).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('builds the schema from an empty file and records the version', () => {
    const db = rawDb();
    try {
      expect(schemaVersion(db)).toBe(0);
      expect(migrate(db)).toBe(LATEST_VERSION);
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(tableNames(db)).toEqual(CURRENT_TABLES);
      const strict = db
        .prepare('SELECT name, strict FROM pragma_table_list WHERE schema = ?')
        .all('main') as {
        name: string;
        strict: number;
      }[];
      for (const table of strict.filter((t) => !t.name.startsWith('sqlite_'))) {
        expect({ table: table.name, strict: table.strict }).toEqual({
          table: table.name,
          strict: 1,
        });
      }
    } finally {
      db.close();
    }
  });

  it('is idempotent: a second run changes nothing and does not fail', () => {
    const db = rawDb();
    try {
      migrate(db);
      const schema = db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all();
      expect(migrate(db)).toBe(LATEST_VERSION);
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all()).toEqual(schema);
    } finally {
      db.close();
    }
  });

  it('refuses a newer database naming the file and both versions', () => {
    const file = tempDbFile();
    const db = new Database(file);
    try {
      db.pragma(`user_version = ${LATEST_VERSION + 1}`);
      expect(() => migrate(db)).toThrow(StoreOpenError);
      try {
        migrate(db);
      } catch (error) {
        expect(error).toMatchObject({ reason: 'newer_version', file });
        expect((error as Error).message).toContain(`${LATEST_VERSION + 1}`);
        expect((error as Error).message).toContain(`up to ${LATEST_VERSION}`);
      }
      expect(schemaVersion(db)).toBe(LATEST_VERSION + 1);
    } finally {
      db.close();
    }
  });

  it('stops at the last good step when a migration fails, keeping that step whole', () => {
    const db = rawDb();
    const steps: Migration[] = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'add-half-a-table',
        up(target) {
          target.exec('CREATE TABLE half_done (id TEXT PRIMARY KEY) STRICT');
          throw new Error('the second half failed');
        },
      },
    ];
    try {
      expect(() => migrate(db, steps)).toThrow('the second half failed');
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(tableNames(db)).not.toContain('half_done');
      expect(tableNames(db)).toContain('workshops');
    } finally {
      db.close();
    }
  });

  it('refuses a migration list with a gap', () => {
    const db = rawDb();
    const gap: Migration[] = [{ version: 2, name: 'skip-one', up: () => undefined }];
    try {
      expect(() => migrate(db, gap)).toThrow(/expected 1/);
      expect(schemaVersion(db)).toBe(0);
    } finally {
      db.close();
    }
  });
});
