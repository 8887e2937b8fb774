import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Flips every byte of the b-tree page headers of pages 2..4, the way a bad sector or a torn copy
 * would; `quick_check` walks every b-tree, so it always notices. The file header stays intact.
 */
export function flipPageBytes(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    const header = Buffer.alloc(100);
    readSync(fd, header, 0, 100, 0);
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    for (let page = 1; page <= 3; page++) {
      const bytes = Buffer.alloc(12);
      const offset = page * pageSize;
      readSync(fd, bytes, 0, bytes.length, offset);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
      writeSync(fd, bytes, 0, bytes.length, offset);
    }
  } finally {
    closeSync(fd);
  }
}

/** Flips the first bytes of the file, where SQLite's magic string lives. */
export function flipHeaderBytes(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    const bytes = Buffer.alloc(8);
    readSync(fd, bytes, 0, bytes.length, 0);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    writeSync(fd, bytes, 0, bytes.length, 0);
  } finally {
    closeSync(fd);
  }
}

/**
 * Damage that `quick_check` cannot see: one row of `table` is changed while SQLite does not know
 * about `index`, so the index keeps the row's old key. The entry count still matches (which
 * `quick_check` does compare), but the index no longer finds the row, and only a full
 * `integrity_check` reports it ("row N missing from index ..."), as after a torn index page.
 * Works on a closed file: the index is hidden from the schema, the row updated, the index put back.
 */
export function desyncIndex(file: string, index: string, update: string): void {
  let db = new Database(file);
  // Editing sqlite_schema needs SQLite's defensive mode off; this is test damage, not app code.
  db.unsafeMode(true);
  const entry = db
    .prepare('SELECT * FROM sqlite_schema WHERE type = ? AND name = ?')
    .get('index', index) as
    { type: string; name: string; tbl_name: string; rootpage: number; sql: string } | undefined;
  if (!entry) {
    db.close();
    throw new Error(`There is no index ${index} in ${file}.`);
  }
  db.pragma('writable_schema = ON');
  db.prepare('DELETE FROM sqlite_schema WHERE name = ?').run(index);
  db.pragma('writable_schema = OFF');
  db.close();

  // A fresh connection reads the schema without the index, so the update leaves it stale.
  db = new Database(file);
  const changed = db.prepare(update).run().changes;
  db.unsafeMode(true);
  db.pragma('writable_schema = ON');
  db.prepare(
    'INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, ?, ?)',
  ).run(entry.type, entry.name, entry.tbl_name, entry.rootpage, entry.sql);
  db.pragma('writable_schema = OFF');
  db.close();
  if (changed !== 1) throw new Error(`The damage changed ${changed} rows instead of one.`);
}
