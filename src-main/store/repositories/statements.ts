import type Database from 'better-sqlite3';

type Db = Database.Database;

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/** Prepares `sql` once per connection; the cache dies with the connection. */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** Fails loudly when a write touched a different number of rows than the caller relied on. */
export function assertChanges(result: Database.RunResult, expected: number, what: string): void {
  if (result.changes !== expected) {
    throw new Error(`${what}: expected ${expected} changed row(s), got ${result.changes}`);
  }
}

/** Escapes LIKE wildcards so a search for "50%" or "a_b" matches those characters literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
