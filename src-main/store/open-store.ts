import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  statSync,
  unlinkSync,
  type Stats,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LATEST_VERSION, migrate, newerVersionError } from './migrate';
import { APPLICATION_ID } from './migrations';
import { StoreOpenError } from './store-open-error';

export { StoreOpenError, type StoreOpenReason } from './store-open-error';

export type Store = Database.Database;

export interface OpenStoreOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron needs its own). */
  nativeBinding?: string;
  /**
   * Files (with their -wal) up to this size get a full `integrity_check` before they are
   * opened; larger ones get `quick_check` and should have `startBackgroundCheck` run after.
   * Tests lower it to exercise the large-file path with a small file.
   */
  fullCheckMaxBytes?: number;
}

/**
 * The largest file checked in full before opening: 16 MiB, about fourteen workshops of 40
 * participants × 60 statements × 2 rounds. Measured with `npx tsx scripts/measure-integrity-check.ts`
 * (a real store filled with such workshops, best/worst of 3 runs, on the 2-core build machine):
 * `integrity_check` took 7–9 ms at 1.3 MiB, 84–155 ms at 13 MiB, 300–345 ms at 28 MiB and
 * 0.9–1.2 s at 60 MiB, while `quick_check` took 11–15 ms, 42–70 ms and 166–287 ms at the last
 * three sizes. So up to 16 MiB the full check costs about 0.2 s at worst, well under a second;
 * above it the open uses `quick_check` and the full check runs on a second connection in a
 * worker thread (background-check.ts).
 */
export const FULL_CHECK_MAX_BYTES = 16 * 1024 * 1024;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;
const USER_VERSION_OFFSET = 60;
const APPLICATION_ID_OFFSET = 68;
const BUSY_TIMEOUT_MS = 5000;
const SIDECARS = ['-wal', '-shm'] as const;

/**
 * Opens (or creates) the data file, refusing a foreign, damaged or newer file without touching it,
 * then sets durable pragmas and runs pending migrations.
 */
export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });

  const stats = statOrUndefined(path);
  if (stats) inspectExisting(path, stats, options);

  let db: Database.Database;
  try {
    db = new Database(path, bindingOptions(options));
  } catch (error) {
    // A native binding built for another runtime is a packaging fault, not a file problem.
    if (!(error instanceof Database.SqliteError)) throw error;
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
    if (mode !== 'wal') {
      throw new Error(`the file system does not allow write-ahead logging (mode ${String(mode)})`);
    }
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

/**
 * Every check here reads only: a file we refuse must stay byte-for-byte what the user had.
 * Header bytes give a fast first answer, but after a crash the latest header may still sit in the
 * -wal file, so the verdict on ownership and version comes from a read-only SQLite connection.
 */
function inspectExisting(path: string, stats: Stats, options: OpenStoreOptions): void {
  if (!stats.isFile()) {
    throw new StoreOpenError(
      path,
      'unreadable',
      `${path} is not a file, so it cannot be opened as a data file.`,
    );
  }
  if (stats.size > 0) {
    const header = readHeader(path);
    if (!header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) throw notSqlite(path);
    if (header.length < HEADER_BYTES) {
      throw damaged(path, 'the file is shorter than its own header');
    }
    // Named early so a newer file is explained even if this SQLite cannot read the rest of it.
    const version = header.readUInt32BE(USER_VERSION_OFFSET);
    const ours = header.readUInt32BE(APPLICATION_ID_OFFSET) === APPLICATION_ID;
    if (ours && version > LATEST_VERSION) throw newerVersionError(path, version, LATEST_VERSION);
  } else if (!hasContent(`${path}-wal`)) {
    // SQLite treats a zero-byte file as an empty database: nothing to protect.
    return;
  }

  const sidecarsBefore = SIDECARS.filter((suffix) => existsSync(path + suffix));
  let probe: Database.Database | undefined;
  try {
    probe = new Database(path, { ...bindingOptions(options), readonly: true, fileMustExist: true });
    checkOwnershipAndVersion(probe, path);
    // quick_check skips comparing indexes with their tables; damage there needs the full check.
    const size = stats.size + sizeOf(`${path}-wal`);
    const full = size <= (options.fullCheckMaxBytes ?? FULL_CHECK_MAX_BYTES);
    const problems = checkProblems(probe, full ? 'integrity_check' : 'quick_check');
    if (problems.length > 0) throw damaged(path, problems[0] ?? 'integrity check failed');
  } catch (error) {
    probe?.close();
    removeProbeSidecars(path, sidecarsBefore);
    throw classifyProbeError(path, error);
  }
  probe.close();
}

function checkOwnershipAndVersion(probe: Database.Database, path: string): void {
  const version = probe.pragma('user_version', { simple: true }) as number;
  const ours = probe.pragma('application_id', { simple: true }) === APPLICATION_ID;
  // Another program's database: migrating it would write our tables into someone else's file.
  if (!ours && (version > 0 || hasSchema(probe))) throw foreign(path);
  if (version > LATEST_VERSION) throw newerVersionError(path, version, LATEST_VERSION);
}

/** The problems SQLite's check reports, one per line; none means the file is whole. */
function checkProblems(db: Database.Database, check: 'integrity_check' | 'quick_check'): string[] {
  return (db.pragma(check) as Record<string, string>[])
    .flatMap((row) => Object.values(row).flatMap((text) => String(text).split('\n')))
    .filter((line) => line !== 'ok' && !line.startsWith('***'));
}

function hasContent(file: string): boolean {
  return sizeOf(file) > 0;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function hasSchema(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get() !== undefined;
}

function classifyProbeError(path: string, error: unknown): unknown {
  if (error instanceof StoreOpenError || !(error instanceof Database.SqliteError)) return error;
  if (isSqliteCode(error, 'SQLITE_CORRUPT') || isSqliteCode(error, 'SQLITE_NOTADB')) {
    return damaged(path, error.message);
  }
  return unreadable(path, error);
}

/**
 * A read-only connection to a WAL file creates empty -wal/-shm files it cannot remove on close.
 * After refusing a file, take away the ones the probe made so the folder looks as it did.
 */
function removeProbeSidecars(path: string, existedBefore: readonly string[]): void {
  for (const suffix of SIDECARS) {
    if (existedBefore.includes(suffix)) continue;
    const sidecar = path + suffix;
    try {
      if (suffix === '-wal' && statSync(sidecar).size > 0) continue;
      unlinkSync(sidecar);
    } catch {
      // Already gone, or not ours to remove: the data file itself is what must stay untouched.
    }
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
    `The data file ${path} is damaged and cannot be opened safely. It was left unchanged; ` +
      `open a backup instead, or keep the file for recovery. (SQLite reports: ${detail})`,
  );
}

/** The file passed the checks on open, but the full check that ran after it found damage. */
export function damagedAfterOpen(path: string, detail: string): StoreOpenError {
  return new StoreOpenError(
    path,
    'damaged',
    `The data file ${path} is damaged: the full check that ran after it was opened found a ` +
      `problem, so nothing more is written to it. Restore the newest good backup; the damaged ` +
      `file is kept aside. (SQLite reports: ${detail})`,
  );
}

function notSqlite(path: string): StoreOpenError {
  return new StoreOpenError(
    path,
    'not_sqlite',
    `The file ${path} is not a data file of this app (it is not an SQLite database). ` +
      'It was left unchanged; choose another file or location.',
  );
}

function foreign(path: string): StoreOpenError {
  return new StoreOpenError(
    path,
    'not_sqlite',
    `The file ${path} is not a data file of this app (it is a database of another program). ` +
      'It was left unchanged; choose another file or location.',
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
