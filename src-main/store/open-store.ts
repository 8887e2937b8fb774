import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LATEST_VERSION, migrate, newerVersionError } from './migrate';
import { StoreOpenError } from './store-open-error';

export { StoreOpenError, type StoreOpenReason } from './store-open-error';

export type Store = Database.Database;

export interface OpenStoreOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron needs its own). */
  nativeBinding?: string;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;
const USER_VERSION_OFFSET = 60;
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (or creates) the data file, refusing a foreign, damaged or newer file without touching it,
 * then sets durable pragmas and runs pending migrations.
 */
export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });

  const stats = statOrUndefined(path);
  // SQLite treats a zero-byte file as an empty database, so only files with content are inspected.
  if (stats && stats.size > 0) inspectExisting(path, stats, options);

  let db: Database.Database;
  try {
    db = new Database(path, bindingOptions(options));
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    configure(db, path);
    // A failing migration is a bug, not a file problem: it surfaces as is and stops start-up.
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function configure(db: Database.Database, path: string): void {
  try {
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal')
      throw new Error(`the file system does not allow write-ahead logging (mode ${String(mode)})`);
    // WAL defaults to NORMAL, which may lose the last commits on power loss (TOOLCHAIN.md).
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** Closes the store; better-sqlite3 checkpoints the WAL back into the file on close. */
export function closeStore(db: Store): void {
  if (db.open) db.close();
}

function bindingOptions(options: OpenStoreOptions): Database.Options {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw unreadable(path, error);
  }
}

/** Every check here reads only: a file we refuse must stay byte-for-byte what the user had. */
function inspectExisting(path: string, stats: Stats, options: OpenStoreOptions): void {
  if (!stats.isFile()) {
    throw new StoreOpenError(
      path,
      'unreadable',
      `${path} is not a file, so it cannot be opened as a data file.`,
    );
  }
  const header = readHeader(path);
  if (!header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw new StoreOpenError(
      path,
      'not_sqlite',
      `The file ${path} is not a data file of this app (it is not an SQLite database). ` +
        'It was left unchanged; choose another file or location.',
    );
  }
  if (header.length < HEADER_BYTES) throw damaged(path, 'the file is shorter than its own header');

  // Read from the header itself so a newer file is named as such even if this SQLite cannot parse it.
  const version = header.readUInt32BE(USER_VERSION_OFFSET);
  if (version > LATEST_VERSION) throw newerVersionError(path, version, LATEST_VERSION);

  let probe: Database.Database | undefined;
  try {
    probe = new Database(path, { ...bindingOptions(options), readonly: true, fileMustExist: true });
    const rows = probe.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
    if (problems.length > 0) throw damaged(path, problems.slice(0, 3).join('; '));
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    if (isSqliteCode(error, 'SQLITE_CORRUPT') || isSqliteCode(error, 'SQLITE_NOTADB')) {
      throw damaged(path, error instanceof Error ? error.message : String(error));
    }
    throw unreadable(path, error);
  } finally {
    probe?.close();
  }
}

function readHeader(path: string): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, read);
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function damaged(path: string, detail: string): StoreOpenError {
  return new StoreOpenError(
    path,
    'damaged',
    `The data file ${path} is damaged (${detail}). It was left unchanged; ` +
      'open a backup instead, or keep the file for recovery.',
  );
}

function unreadable(path: string, error: unknown): StoreOpenError {
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreOpenError(
    path,
    'unreadable',
    `The data file ${path} could not be read (${detail}). Check that it exists and that you may read and write it.`,
  );
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

function isSqliteCode(error: unknown, prefix: string): boolean {
  return (
    error instanceof Database.SqliteError &&
    (error.code === prefix || error.code.startsWith(`${prefix}_`))
  );
}
