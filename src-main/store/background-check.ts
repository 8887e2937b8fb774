import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { damagedAfterOpen, FULL_CHECK_MAX_BYTES, type Store } from './open-store';
import type { StoreOpenError } from './store-open-error';

/**
 * The worker's whole program. It is plain CommonJS evaluated from this string, not a module
 * file, so the same code runs under vitest, tsx and the bundled Electron main without a build
 * entry of its own (a worker cannot load a .ts file on Node 20, TOOLCHAIN.md). It opens its own
 * read-only connection: a WAL reader sees one consistent snapshot while the app keeps writing,
 * and a read-only handle cannot change the file whatever it finds.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let db;
try {
  const Database = require(workerData.modulePath);
  const options = { readonly: true, fileMustExist: true };
  if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding;
  db = new Database(workerData.file, options);
  const lines = db.pragma('integrity_check')
    .flatMap((row) => Object.values(row).flatMap((text) => String(text).split('\\n')))
    .filter((line) => line !== 'ok' && !line.startsWith('***'));
  parentPort.postMessage({ kind: 'checked', problems: lines });
} catch (error) {
  const code = error && typeof error.code === 'string' ? error.code : '';
  parentPort.postMessage({ kind: 'failed', code, message: String((error && error.message) || error) });
} finally {
  if (db) db.close();
}
`;

type WorkerMessage =
  { kind: 'checked'; problems: string[] } | { kind: 'failed'; code: string; message: string };

/** How the background check ended. */
export type BackgroundVerdict =
  | { state: 'skipped' }
  | { state: 'ok' }
  | { state: 'damaged'; error: StoreOpenError }
  /** The check itself could not run (no worker, file gone); the file is not judged. */
  | { state: 'not_checked'; detail: string }
  | { state: 'stopped' };

export interface BackgroundCheck {
  /** Settles once the check is over; never rejects. */
  readonly done: Promise<BackgroundVerdict>;
  /** Ends the check early (the app is closing); `done` settles with `stopped`. */
  stop(): Promise<void>;
}

export interface BackgroundCheckOptions {
  /** The same binding the store was opened with (Electron needs its own build). */
  nativeBinding?: string;
  /** Files up to this size were fully checked on open and are skipped here. */
  fullCheckMaxBytes?: number;
  /** Told once when damage is found, after the store has stopped taking writes. */
  onDamage?: (error: StoreOpenError) => void;
}

/**
 * Runs a full `integrity_check` of a large data file in a worker thread after it was opened with
 * only `quick_check`, so neither start-up nor the room waits for it (about 1 s per 60 MiB here).
 * When it finds damage the open store is switched to `query_only`: from then on every write is
 * refused by SQLite itself (requests answer "nothing was saved"), automatic backups fail rather
 * than rotate good backups out with copies of a damaged file, and `onDamage` lets the app say so
 * and offer the newest good backup.
 */
export function startBackgroundCheck(
  db: Store,
  options: BackgroundCheckOptions = {},
): BackgroundCheck {
  const file = resolve(db.name);
  const size = fileSize(db);
  if (db.memory || size <= (options.fullCheckMaxBytes ?? FULL_CHECK_MAX_BYTES)) {
    return { done: Promise.resolve({ state: 'skipped' }), stop: async () => {} };
  }

  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file,
        modulePath: createRequire(import.meta.url).resolve('better-sqlite3'),
        nativeBinding: options.nativeBinding,
      },
    });
  } catch (error) {
    return {
      done: Promise.resolve({ state: 'not_checked', detail: (error as Error).message }),
      stop: async () => {},
    };
  }
  // A check still running never keeps the process alive on its own.
  worker.unref();

  let stopped = false;
  const done = new Promise<BackgroundVerdict>((settle) => {
    let settled = false;
    const finish = (verdict: BackgroundVerdict) => {
      if (settled) return;
      settled = true;
      settle(stopped ? { state: 'stopped' } : verdict);
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'failed') {
        // SQLite refusing to read the pages is damage too; anything else leaves the file unjudged.
        if (/^SQLITE_(CORRUPT|NOTADB)/.test(message.code)) {
          finish(damagedFound(db, file, message.message, options));
        } else finish({ state: 'not_checked', detail: message.message });
        return;
      }
      const [first] = message.problems;
      finish(first === undefined ? { state: 'ok' } : damagedFound(db, file, first, options));
    });
    worker.on('error', (error) => finish({ state: 'not_checked', detail: error.message }));
    worker.on('exit', () => finish({ state: 'stopped' }));
  });

  return {
    done,
    async stop() {
      stopped = true;
      await worker.terminate();
      await done;
    },
  };
}

function damagedFound(
  db: Store,
  file: string,
  detail: string,
  options: BackgroundCheckOptions,
): BackgroundVerdict {
  const error = damagedAfterOpen(file, detail);
  // The app may have closed the store meanwhile; then nothing more can be written anyway.
  if (db.open) db.pragma('query_only = ON');
  options.onDamage?.(error);
  return { state: 'damaged', error };
}

/** The data file and its -wal, as SQLite pages them in: what the check has to read. */
function fileSize(db: Store): number {
  if (db.memory) return 0;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return pages * pageSize;
}
