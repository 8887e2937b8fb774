import type Database from 'better-sqlite3';

/** What the services need from the outside world; tests pass a fixed clock and a temp file. */
export interface ServiceDeps {
  clock: () => Date;
  dataFile: string;
  version: string;
  transport: 'ipc' | 'http';
  /** Draws generated aliases; crypto randomness unless a test fixes it. */
  randomIndex?: (max: number) => number;
}

export type Db = Database.Database;

/** Timestamps are stored as ISO-8601 UTC strings so they sort as text. */
export function nowIso(clock: () => Date): string {
  return clock().toISOString();
}
