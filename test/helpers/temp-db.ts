import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { closeStore, openStore } from '../../src-main/store/open-store';

/** A fresh folder under the OS temp dir, removed when the current test ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'edw-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A path for a data file that does not exist yet, in its own temp folder. */
export function tempDbFile(name = 'workshop.db'): string {
  return join(tempDir(), name);
}

/** Opens a real store in a temp file for this test only; closed and deleted when it ends. */
export function openTempStore(): { db: Database.Database; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'edw-test-'));
  const file = join(dir, 'workshop.db');
  const db = openStore(file);
  onTestFinished(() => {
    closeStore(db);
    rmSync(dir, { recursive: true, force: true });
  });
  return { db, file };
}

/** Hex SHA-256 of a file's bytes, to prove a refused file was not touched. */
export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A clock that starts at `start` and moves one second per call, so timestamps differ and order. */
export function steppingClock(start = '2026-03-02T09:00:00.000Z', stepMs = 1000): () => Date {
  let next = new Date(start).getTime();
  return () => {
    const now = new Date(next);
    next += stepMs;
    return now;
  };
}

export const STORE_TABLES = [
  'workshops',
  'participants',
  'responses',
  'reality_check_entries',
  'decision_entries',
] as const;

/** Row count of every table, to show a refused request stored nothing. */
export function rowCounts(db: Database.Database): Record<(typeof STORE_TABLES)[number], number> {
  const counts = {} as Record<(typeof STORE_TABLES)[number], number>;
  for (const table of STORE_TABLES) {
    counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return counts;
}

/** Every row of every table, to show a refused request changed nothing at all. */
export function dumpTables(db: Database.Database): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const table of STORE_TABLES)
    dump[table] = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).all();
  return dump;
}

/** The tables of a database, by name. */
export function tableNames(db: Database.Database): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

/** Every table the current schema has; a migration that adds one adds it here. */
export const CURRENT_TABLES = [
  'action_settings',
  'action_vote_reveals',
  'action_votes',
  'actions',
  'agenda_sections',
  'agenda_templates',
  'client_statement_answers',
  'client_statements',
  'comments',
  'decision_entries',
  'installation_branding',
  'parking_lot',
  'participants',
  'reality_check_entries',
  'responses',
  'room_answer_owners',
  'room_answer_receipts',
  'room_client_answer_owners',
  'room_comment_receipts',
  'room_devices',
  'run_state',
  'section_notes',
  'workshop_branding',
  'workshop_links',
  'workshops',
];
