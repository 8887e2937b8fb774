import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';
import { StoreOpenError } from './store-open-error';

/** Schema version this build writes; a file above it came from a newer app. */
export const LATEST_VERSION = latestVersion(MIGRATIONS);

function latestVersion(migrations: readonly Migration[]): number {
  migrations.forEach((migration, index) => {
    // A gap or a reordering would silently skip a step on some machines.
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}`,
      );
    }
  });
  return migrations.length;
}

/** Reads `PRAGMA user_version`, the schema version stored in the file header. */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Explains a file written by a newer app, naming the file and both versions. */
export function newerVersionError(file: string, found: number, latest: number): StoreOpenError {
  return new StoreOpenError(
    file,
    'newer_version',
    `The data file ${file} was written by a newer version of this app (schema version ${found}; ` +
      `this app knows up to ${latest}). Update the app to open it; the file was not changed.`,
  );
}

/**
 * Brings the schema up to date: each pending step runs in its own transaction together with the
 * version bump, so a failure leaves the file at the last completed step and stops start-up.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const latest = latestVersion(migrations);
  const current = schemaVersion(db);
  if (current > latest) throw newerVersionError(db.name, current, latest);

  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
