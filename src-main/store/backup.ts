import Database from 'better-sqlite3';
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  BACKUP_NAME_PATTERN,
  BACKUPS_KEPT,
  BackupReason,
  MAX_SUMMARY_TITLES,
  type BackupInfo,
  type BackupProblem,
} from '../../shared/backups/backup-info';
import { LATEST_VERSION } from './migrate';
import { APPLICATION_ID } from './migrations';
import { openStore, type Store } from './open-store';
import { chooseNativeBinding } from '../electron/native-binding';

export type { BackupInfo, BackupReason } from '../../shared/backups/backup-info';

export const DEFAULT_KEEP = BACKUPS_KEPT;
const BACKUPS_FOLDER = 'backups';
const TMP_SUFFIX = '.tmp';
/** A temporary file this old was left by a process that died mid-write, never by a live one. */
const STALE_TMP_MS = 60_000;
const SIDECARS = ['-wal', '-shm'] as const;
/**
 * What an interrupted backup or restore leaves in the backups folder: the temporary copy
 * (`<backup>.<pid>.tmp`, or `<backup>.tmp` from earlier versions), the rollback journal SQLite
 * keeps beside it while writing (`…tmp-journal`), and the scratch copy of a restore
 * (`.restore-<pid>-<ms>.tmp`) with its sidecars. Group 1 is the writer's process id, if named.
 */
const DEBRIS_PATTERN =
  /^(?:\d{8}T\d{9}Z-[a-z-]+(?:-\d{1,4})?\.sqlite(?:\.(\d+))?\.tmp|\.restore-(\d+)-\d+\.tmp)(?:-journal|-wal|-shm)?$/;

/** The better-sqlite3 build this runtime loads, the same one the live store was opened with. */
function nativeBinding(): { nativeBinding?: string } {
  const binding = chooseNativeBinding(process.versions, process.env);
  return binding ? { nativeBinding: binding } : {};
}

/** Why a backup could not be written or restored. */
export class BackupError extends Error {
  constructor(
    readonly reason: 'unusable' | 'in_use' | 'not_found',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The backups folder that belongs to a data file: `<data dir>/backups/`. */
export function backupsDirFor(dataFile: string): string {
  return join(dirname(resolve(dataFile)), BACKUPS_FOLDER);
}

/** A file-name-safe UTC stamp that sorts as text: `20260302T090000000Z`. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[-:.]/g, '');
}

function stampToIso(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) return stamp;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

export interface WriteBackupOptions {
  reason: BackupReason;
  now: Date;
}

/**
 * Writes a consistent copy of the open store into `dir`: first to `<name>.sqlite.tmp`, then
 * fsynced, checked and renamed, so a crash at any moment leaves either no backup or a whole one.
 *
 * `VACUUM INTO` is SQLite's synchronous way to take the same transactional snapshot the online
 * backup API takes (better-sqlite3's `db.backup()` is asynchronous, and services are not). It
 * also writes a compact single file in rollback-journal mode, so a backup needs no -wal beside it.
 */
export function writeBackup(db: Store, dir: string, options: WriteBackupOptions): BackupInfo {
  mkdirSync(dir, { recursive: true });
  const name = freeName(dir, fileStamp(options.now), options.reason);
  const final = join(dir, name);
  // The writer's process id in the name tells the next start whose leftover it is.
  const tmp = `${final}.${process.pid}${TMP_SUFFIX}`;
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    fsyncFile(tmp);
    const info = inspectBackupFile(tmp, name);
    if (!info || info.problem) {
      throw new BackupError('unusable', `The new backup ${name} did not pass its own check.`);
    }
    renameSync(tmp, final);
    fsyncDir(dir);
    return info;
  } catch (error) {
    removeQuietly(tmp);
    throw error;
  }
}

function freeName(dir: string, stamp: string, reason: BackupReason): string {
  for (let attempt = 1; attempt < 10_000; attempt++) {
    const name = `${stamp}-${reason}${attempt === 1 ? '' : `-${attempt}`}.sqlite`;
    if (
      !existsSync(join(dir, name)) &&
      !existsSync(join(dir, `${name}.${process.pid}${TMP_SUFFIX}`))
    ) {
      return name;
    }
  }
  throw new BackupError('unusable', `Too many backups named ${stamp}-${reason} in ${dir}.`);
}

/** The backups in `dir`, newest first, each with its size, reason, contents and whether it is usable. */
export function listBackups(dir: string): BackupInfo[] {
  return backupNames(dir)
    .map((name) => inspectBackupFile(join(dir, name), name))
    .filter((info): info is BackupInfo => info !== undefined);
}

/** Names in `dir` that the app wrote, newest first. */
function backupNames(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => BACKUP_NAME_PATTERN.test(name)).sort(newestFirst);
}

function newestFirst(a: string, b: string): number {
  const [stampA, , attemptA] = parseName(a);
  const [stampB, , attemptB] = parseName(b);
  if (stampA !== stampB) return stampA < stampB ? 1 : -1;
  return attemptB - attemptA || (a < b ? 1 : -1);
}

function parseName(name: string): [stamp: string, reason: BackupReason, attempt: number] {
  const m = BACKUP_NAME_PATTERN.exec(name);
  const reason = BackupReason.safeParse(m?.[2]);
  return [m?.[1] ?? '', reason.success ? reason.data : 'manual', Number(m?.[3] ?? 1)];
}

/** Deletes all but the newest `keep` backups, and what interrupted backups left; returns the removed names. */
export function pruneBackups(dir: string, keep = DEFAULT_KEEP): string[] {
  const removed: string[] = [];
  for (const name of backupNames(dir).slice(Math.max(0, keep))) {
    removeQuietly(join(dir, name));
    removed.push(name);
  }
  return [...removed, ...removeBackupDebris(dir)];
}

export interface DebrisOptions {
  /**
   * True when the app (or CLI) is just starting: nothing of this process can be mid-write, so a
   * leftover named with this process id is debris too (after a restart in a container the new
   * process may get the dead one's id).
   */
  startingUp?: boolean;
  now?: number;
}

/**
 * Removes what an interrupted backup or restore left in the backups folder (see DEBRIS_PATTERN):
 * a file whose writer is gone (its process id no longer runs), or, when the writer cannot be
 * told, one older than any backup takes to write. Such files never match BACKUP_NAME_PATTERN, so
 * they are never listed, counted or offered. Returns the removed names.
 */
export function removeBackupDebris(dir: string, options: DebrisOptions = {}): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const now = options.now ?? Date.now();
  const removed: string[] = [];
  for (const name of names) {
    const match = DEBRIS_PATTERN.exec(name);
    if (!match) continue;
    const pidText = match[1] ?? match[2];
    const path = join(dir, name);
    try {
      const abandoned =
        pidText === undefined
          ? now - statSync(path).mtimeMs > STALE_TMP_MS || options.startingUp === true
          : writerGone(Number(pidText), options.startingUp === true) ||
            now - statSync(path).mtimeMs > STALE_TMP_MS;
      if (!abandoned) continue;
      unlinkSync(path);
      removed.push(name);
    } catch {
      // Gone already: nothing to clean.
    }
  }
  return removed;
}

/** True when no live process can still be writing a file named with `pid`. */
function writerGone(pid: number, startingUp: boolean): boolean {
  if (pid === process.pid) return startingUp;
  try {
    // Signal 0 only asks whether the process exists.
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it might be writing.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Reads what a backup holds without writing to it. A file that is not ours, from a newer app or
 * failing `quick_check` is reported with its problem; an unreadable one counts as damaged.
 */
export function inspectBackupFile(path: string, name: string): BackupInfo | undefined {
  const [stamp, reason] = parseName(name);
  if (!stamp) return undefined;
  let sizeBytes: number;
  try {
    sizeBytes = statSync(path).size;
  } catch {
    return undefined;
  }
  const base: BackupInfo = {
    name,
    createdAt: stampToIso(stamp),
    reason,
    sizeBytes,
    problem: null,
    workshopCount: 0,
    workshopTitles: [],
    participantCount: 0,
    answerCount: 0,
  };
  const checked = checkFile(path);
  if ('problem' in checked) return { ...base, problem: checked.problem };
  return { ...base, ...checked.summary };
}

type Summary = Pick<
  BackupInfo,
  'workshopCount' | 'workshopTitles' | 'participantCount' | 'answerCount'
>;

/** Read-only verdict on a data or backup file: its problem, or a summary of what it holds. */
export function checkFile(path: string): { problem: BackupProblem } | { summary: Summary } {
  const sidecarsBefore = SIDECARS.filter((suffix) => existsSync(path + suffix));
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { ...nativeBinding(), readonly: true, fileMustExist: true });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      return { problem: 'foreign' };
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) return { problem: 'newer_version' };
    if (version < 1) return { problem: 'foreign' };
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows.some((row) => row.quick_check !== 'ok')) return { problem: 'damaged' };
    return { summary: summarize(db) };
  } catch {
    return { problem: 'damaged' };
  } finally {
    db?.close();
    // A read-only look at a WAL-mode file leaves empty sidecars behind; the folder keeps its look.
    for (const suffix of SIDECARS) {
      if (sidecarsBefore.includes(suffix)) continue;
      try {
        if (suffix === '-wal' && statSync(path + suffix).size > 0) continue;
        unlinkSync(path + suffix);
      } catch {
        // Never created.
      }
    }
  }
}

function summarize(db: Database.Database): Summary {
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const titles = db
    .prepare('SELECT title FROM workshops ORDER BY date DESC, created_at DESC LIMIT ?')
    .pluck()
    .all(MAX_SUMMARY_TITLES) as string[];
  return {
    workshopCount: count('workshops'),
    workshopTitles: titles,
    participantCount: count('participants'),
    answerCount: count('responses'),
  };
}

function requireUsable(backupPath: string): BackupInfo {
  const name = backupPath.split(/[\\/]/).pop() ?? backupPath;
  const info = inspectBackupFile(backupPath, name);
  if (!info) throw new BackupError('not_found', `There is no backup ${backupPath}.`);
  if (info.problem) {
    throw new BackupError(
      'unusable',
      `The backup ${name} cannot be restored: ${PROBLEM_TEXT[info.problem]}. Nothing was changed.`,
    );
  }
  return info;
}

const PROBLEM_TEXT: Record<BackupProblem, string> = {
  damaged: 'it is damaged',
  foreign: 'it is not a data file of this app',
  newer_version: 'it was written by a newer version of this app',
};

export interface RestoreFileOptions {
  dataFile: string;
  backupPath: string;
  /** What the current file is called once kept aside: `<dataFile>.<label>-<time>`. */
  asideLabel: 'before-restore' | 'damaged';
  now: Date;
}

export interface RestoredFile {
  restored: BackupInfo;
  /** Where the previous data file now is; null when there was none. */
  keptAs: string | null;
}

/**
 * Puts a backup in place of a data file no connection has open (the app at start-up, the CLI).
 * The backup is checked first; the current file (and its -wal) is copied aside byte for byte; the
 * backup is copied to a temporary file beside the data file, fsynced, and renamed over it, so the
 * data file is at every moment either the old one or the whole backup.
 */
export function restoreBackup(options: RestoreFileOptions): RestoredFile {
  const dataFile = resolve(options.dataFile);
  const restored = requireUsable(options.backupPath);
  const stamp = fileStamp(options.now);
  const folder = dirname(dataFile);
  mkdirSync(folder, { recursive: true });

  let keptAs: string | null = null;
  if (existsSync(dataFile)) {
    keptAs = `${dataFile}.${options.asideLabel}-${stamp}`;
    copyExclusive(dataFile, keptAs);
    // Uncheckpointed commits live in the -wal: without it the aside copy would be missing them.
    if (hasContent(`${dataFile}-wal`)) copyExclusive(`${dataFile}-wal`, `${keptAs}-wal`);
  }

  const tmp = `${dataFile}.restore-${stamp}${TMP_SUFFIX}`;
  try {
    copyExclusive(options.backupPath, tmp);
    // A -wal left from the old file would be replayed onto the restored one and corrupt it.
    for (const suffix of SIDECARS) removeQuietly(dataFile + suffix);
    renameSync(tmp, dataFile);
    fsyncDir(folder);
  } catch (error) {
    removeQuietly(tmp);
    throw error;
  }
  return { restored, keptAs };
}

/**
 * Switches an open data file out of WAL mode, which SQLite allows only when no other connection
 * has the file open. False means another process (a running app) is using it.
 */
export function claimForReplacement(db: Store): boolean {
  db.pragma('busy_timeout = 0');
  try {
    return db.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY')) return false;
    throw error;
  }
}

/**
 * Replaces everything the open store holds with a backup's contents, in one transaction on the
 * live connection: the handles every service holds stay valid, and a crash midway leaves the old
 * data whole (SQLite rolls the transaction back). The backup is migrated in a scratch copy first,
 * so an older backup lands in the current schema.
 */
export function restoreIntoOpenStore(
  db: Store,
  backupPath: string,
  scratchDir: string,
): BackupInfo {
  const restored = requireUsable(backupPath);
  mkdirSync(scratchDir, { recursive: true });
  const scratch = join(scratchDir, `.restore-${process.pid}-${Date.now()}${TMP_SUFFIX}`);
  copyFileSync(backupPath, scratch);
  try {
    openStore(scratch, nativeBinding()).close();
    db.prepare('ATTACH DATABASE ? AS restored').run(scratch);
    try {
      replaceAllRows(db);
    } finally {
      db.exec('DETACH DATABASE restored');
    }
  } finally {
    for (const suffix of ['', ...SIDECARS]) removeQuietly(scratch + suffix);
  }
  return restored;
}

function replaceAllRows(db: Store): void {
  const tablesOf = (schema: string) =>
    db
      .prepare(
        `SELECT name, sql FROM ${schema}.sqlite_schema
         WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all() as { name: string; sql: string }[];
  const live = tablesOf('main');
  const incoming = tablesOf('restored');
  // Both went through the same migrations; anything else means the copy cannot be mapped 1:1.
  if (JSON.stringify(live) !== JSON.stringify(incoming)) {
    throw new BackupError('unusable', 'The backup does not match the current schema.');
  }
  const hasSequence = (schema: string) =>
    db.prepare(`SELECT 1 FROM ${schema}.sqlite_schema WHERE name = 'sqlite_sequence'`).get() !==
    undefined;
  const tables = live.map((table) => table.name);
  if (hasSequence('main') && hasSequence('restored')) tables.push('sqlite_sequence');

  db.transaction(() => {
    // Rows go in parent-after-child order at will; the keys are checked once, at commit.
    db.pragma('defer_foreign_keys = ON');
    for (const table of tables) db.prepare(`DELETE FROM main."${table}"`).run();
    for (const table of tables) {
      const columns = (db.pragma(`main.table_info("${table}")`) as { name: string }[])
        .map((column) => `"${column.name}"`)
        .join(', ');
      db.prepare(
        `INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM restored."${table}"`,
      ).run();
    }
  })();
}

function copyExclusive(from: string, to: string): void {
  copyFileSync(from, to, constants.COPYFILE_EXCL);
  fsyncFile(to);
}

function hasContent(file: string): boolean {
  try {
    return statSync(file).size > 0;
  } catch {
    return false;
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable; Windows cannot open a folder for fsync, and NTFS journals renames. */
function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported on this platform.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
