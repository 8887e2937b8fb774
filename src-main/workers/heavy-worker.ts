import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { ApiError, type ErrorCode, type FieldIssue } from '../../shared/api/errors';
import type { ReportFonts } from '../../shared/report/render-pdf';
import { ArchiveError, type ArchiveProblem } from '../archive/edw-archive';
import { chooseNativeBinding } from '../electron/native-binding';
import type { Db } from '../services/service-deps';
import { runHeavyJob, type HeavyJob } from './heavy-tasks';

/** What the pool hands each worker when it starts it. */
export interface HeavyWorkerData {
  fonts: ReportFonts;
  /**
   * Optional gate shared with the starter: [0] counts jobs begun, and a job waits while [1] is 0.
   * A test uses it to hold a job mid-flight deterministically; the app never sets it.
   */
  hold?: Int32Array;
  /** Set when started through the TypeScript boot file; unused here. */
  entry?: string;
}

export type HeavyRequest = { id: number; job: HeavyJob };
export type HeavyReply =
  | { id: number; ok: true; output: ReturnType<typeof runHeavyJob> }
  /** `problem` is set for an archive refusal, so the starter can answer it as the service would. */
  | {
      id: number;
      ok: false;
      message: string;
      problem?: ArchiveProblem;
      code?: ErrorCode;
      issues?: FieldIssue[];
    };

const port = parentPort;
if (!port) throw new Error('heavy-worker runs only as a worker thread');
const data = workerData as HeavyWorkerData;

// One read-only connection per store file, kept for the worker's life: opening costs more than a
// small job. Read-only, so this thread can never write the facilitator's data.
const stores = new Map<string, Db>();
function store(dataFile: string): Db {
  let db = stores.get(dataFile);
  if (!db) {
    const nativeBinding = chooseNativeBinding(process.versions, process.env);
    db = new Database(dataFile, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    db.pragma('busy_timeout = 5000');
    stores.set(dataFile, db);
  }
  return db;
}

port.on('message', (request: HeavyRequest) => {
  if (data.hold) {
    Atomics.add(data.hold, 0, 1);
    Atomics.notify(data.hold, 0);
    Atomics.wait(data.hold, 1, 0);
  }
  let reply: HeavyReply;
  try {
    reply = { id: request.id, ok: true, output: runHeavyJob(request.job, data.fonts, store) };
  } catch (error) {
    reply = {
      id: request.id,
      ok: false,
      message: (error as Error).message,
      ...(error instanceof ArchiveError ? { problem: error.problem } : {}),
      ...(error instanceof ApiError ? { code: error.code } : {}),
      ...(error instanceof ApiError && error.issues ? { issues: error.issues } : {}),
    };
  }
  // A file's reply moves to the main thread instead of being copied.
  const transfer =
    reply.ok &&
    (reply.output.kind === 'pdf' ||
      reply.output.kind === 'archive' ||
      reply.output.kind === 'paperSheets')
      ? [reply.output.reply.buffer]
      : [];
  port.postMessage(reply, transfer as ArrayBuffer[]);
});
