import type Database from 'better-sqlite3';

/** One numbered schema step; `up` runs inside the runner's transaction, so it must not open its own. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Marks a file as ours in the SQLite header ("EDW1"), so a foreign database is never migrated. */
export const APPLICATION_ID = 0x45445731;
