import type Database from 'better-sqlite3';

/** One numbered schema step; `up` runs inside the runner's transaction, so it must not open its own. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
