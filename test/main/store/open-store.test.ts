import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  openSync,
  readdirSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../src-main/store/migrate';
import { APPLICATION_ID } from '../../../src-main/store/migrations';
import { closeStore, openStore, StoreOpenError } from '../../../src-main/store/open-store';
import { CURRENT_TABLES, sha256File, tableNames, tempDbFile, tempDir } from '../../helpers/temp-db';

function refusal(file: string): StoreOpenError {
  try {
    closeStore(openStore(file));
  } catch (error) {
    if (error instanceof StoreOpenError) return error;
    throw error;
  }
  throw new Error(`expected ${file} to be refused`);
}

/** A real data file with a few thousand rows, so it spans many b-tree pages. */
function fileWithData(): string {
  const file = tempDbFile();
  const db = openStore(file);
  const now = '2026-03-02T09:00:00.000Z';
  db.prepare(
    `INSERT INTO workshops (id, title, date, language, anonymity_threshold, role_groups, created_at, updated_at)
     VALUES ('w1', 'Payments', '2026-03-02', 'en', 5, '["engineering"]', ?, ?)`,
  ).run(now, now);
  const insert = db.prepare(
    `INSERT INTO participants (id, workshop_id, alias, role, name, position)
     VALUES (?, 'w1', ?, 'engineering', ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < 3000; i += 1)
      insert.run(`p${i}`, `P${i}`, `Person number ${i} of the team`, i);
  })();
  closeStore(db);
  return file;
}

describe('openStore', () => {
  it('creates the file, its missing folders and the whole schema', () => {
    const file = join(tempDir(), 'nested', 'deeper', 'workshop.db');
    const db = openStore(file);
    try {
      expect(existsSync(file)).toBe(true);
      expect(tableNames(db)).toEqual(CURRENT_TABLES);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    } finally {
      closeStore(db);
    }
  });

  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const db = openStore(tempDbFile());
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 = FULL
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    } finally {
      closeStore(db);
    }
  });

  it('reopens an existing file with its data and without re-running migrations', () => {
    const file = fileWithData();
    const db = openStore(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT count(*) AS n FROM participants').get()).toEqual({ n: 3000 });
    } finally {
      closeStore(db);
    }
  });

  it('opens a file left mid-write by a crash with every committed row (WAL replay)', () => {
    const file = tempDbFile();
    const db = openStore(file);
    const insert = db.prepare(
      `INSERT INTO workshops (id, title, date, language, anonymity_threshold, role_groups, created_at, updated_at)
       VALUES (?, 'Crash test', '2026-03-02', 'en', 5, '["product"]', 'now', 'now')`,
    );
    for (let i = 0; i < 25; i += 1) insert.run(`w${i}`);
    // Copying the files while the connection is open is what a kill -9 leaves on disk.
    const crashed = join(tempDir(), 'crashed.db');
    copyFileSync(file, crashed);
    copyFileSync(`${file}-wal`, `${crashed}-wal`);
    closeStore(db);
    expect(statSync(`${crashed}-wal`).size).toBeGreaterThan(0);

    const reopened = openStore(crashed);
    try {
      expect(reopened.prepare('SELECT count(*) AS n FROM workshops').get()).toEqual({ n: 25 });
    } finally {
      closeStore(reopened);
    }
  });

  it('treats an empty (zero-byte) file as a new data file', () => {
    const file = tempDbFile();
    writeFileSync(file, '');
    const db = openStore(file);
    try {
      expect(tableNames(db)).toContain('workshops');
    } finally {
      closeStore(db);
    }
  });

  it('refuses a file from a newer app version and leaves its bytes unchanged', () => {
    const file = tempDbFile();
    const newer = new Database(file);
    newer.exec('CREATE TABLE future_things (id TEXT PRIMARY KEY) STRICT');
    newer.pragma(`application_id = ${APPLICATION_ID}`);
    newer.pragma(`user_version = ${LATEST_VERSION + 7}`);
    newer.close();
    const before = sha256File(file);

    const error = refusal(file);

    expect(error.reason).toBe('newer_version');
    expect(error.file).toBe(file);
    expect(error.message).toContain(file);
    expect(error.message).toContain(String(LATEST_VERSION + 7));
    expect(error.message).toContain(String(LATEST_VERSION));
    expect(sha256File(file)).toBe(before);
  });

  it('refuses a text file and leaves it unchanged', () => {
    const file = tempDbFile('notes.db');
    writeFileSync(file, 'These are my workshop notes, not a database.\n'.repeat(20));
    const before = sha256File(file);

    const error = refusal(file);

    expect(error.reason).toBe('not_sqlite');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/not an SQLite database/);
    expect(sha256File(file)).toBe(before);
    expect(readdirSync(dirname(file))).toEqual(['notes.db']);
  });

  it.each([
    { name: 'unversioned', userVersion: 0 },
    { name: 'versioned', userVersion: 3 },
  ])(
    'refuses another program\u2019s SQLite database ($name) without adding our tables',
    ({ userVersion }) => {
      const file = tempDbFile('places.sqlite');
      const other = new Database(file);
      other.exec(
        "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org')",
      );
      other.pragma(`user_version = ${userVersion}`);
      other.close();
      const before = sha256File(file);

      const error = refusal(file);

      expect(error.reason).toBe('not_sqlite');
      expect(error.message).toMatch(/another program/);
      expect(sha256File(file)).toBe(before);
      expect(readdirSync(dirname(file))).toEqual(['places.sqlite']);
    },
  );

  it('adopts an SQLite file that holds no tables yet', () => {
    const file = tempDbFile();
    const blank = new Database(file);
    blank.pragma('page_size = 4096');
    blank.exec('VACUUM');
    blank.close();
    expect(statSync(file).size).toBeGreaterThan(0);
    const db = openStore(file);
    try {
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(tableNames(db)).toContain('workshops');
    } finally {
      closeStore(db);
    }
  });

  it('refuses a damaged data file, leaves it unchanged and leaves no side files behind', () => {
    const file = fileWithData();
    const pageSize = 4096;
    const pages = statSync(file).size / pageSize;
    const middle = Math.floor(pages / 2);
    // Scribble over the middle of a b-tree page in the middle of the file.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(512, 0xff), 0, 512, middle * pageSize + 1024);
    closeSync(fd);
    const before = sha256File(file);

    const error = refusal(file);

    expect(error.reason).toBe('damaged');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/damaged/);
    expect(sha256File(file)).toBe(before);
    expect(readdirSync(dirname(file))).toEqual(['workshop.db']);
  });

  it('refuses a file whose page structure is destroyed, unchanged', () => {
    const file = fileWithData();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, 8 * 4096);
    closeSync(fd);
    const before = sha256File(file);

    expect(refusal(file).reason).toBe('damaged');
    expect(sha256File(file)).toBe(before);
  });

  it('refuses a file cut short inside its header as damaged', () => {
    const file = tempDbFile();
    writeFileSync(file, Buffer.from('SQLite format 3\0and then nothing', 'latin1'));
    const before = sha256File(file);

    expect(refusal(file).reason).toBe('damaged');
    expect(sha256File(file)).toBe(before);
  });

  it('refuses a folder given as the data file as unreadable', () => {
    const dir = tempDir();
    expect(refusal(dir).reason).toBe('unreadable');
  });
});
