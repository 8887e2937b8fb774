import { Worker } from 'node:worker_threads';
import { ApiError } from '../../shared/api/errors';
import { ArchiveError } from '../archive/edw-archive';
import type { ReportFonts } from '../../shared/report/render-pdf';
import type { HeavyJob, HeavyOutput } from './heavy-tasks';
import type { HeavyReply, HeavyRequest, HeavyWorkerData } from './heavy-worker';

/**
 * Heavy facilitator work (PDF, CSV, archives) on worker threads, so the process that serves the room keeps
 * answering phones while a report renders. One worker by default: the machines are small, and
 * one busy core beside the one serving the room is what keeps the room fast.
 */
export interface HeavyPool {
  run(job: HeavyJob): Promise<HeavyOutput>;
  /**
   * Starts a worker now if none runs, so a job the user is about to ask for does not wait for
   * the worker to load its code and fonts. Idle, it keeps no process alive.
   */
  warmUp(): void;
  /** Ends the workers; queued and running jobs are refused. */
  close(): Promise<void>;
}

export interface HeavyPoolOptions {
  /** The report's fonts, read once by the starter and handed to each worker. */
  fonts: () => ReportFonts;
  size?: number;
  /** See `HeavyWorkerData.hold`: lets a test hold jobs at their start. */
  hold?: Int32Array;
  /** Called with each worker started (a test stops one to see a crash handled). */
  onWorkerStart?: (worker: Worker) => void;
}

/**
 * Where the worker is. Run from sources (vitest, tsx) this module is a .ts file and the worker is
 * started through a small .mjs boot file that loads TypeScript; in the built app (out/main) it is
 * the emitted `heavy-worker.js` beside the main bundle (electron.vite.config.ts names the entry).
 */
export function heavyWorkerScript(moduleUrl: string = import.meta.url): {
  script: URL;
  entry?: string;
} {
  if (moduleUrl.endsWith('.ts')) {
    return {
      script: new URL('./ts-worker-boot.mjs', moduleUrl),
      entry: new URL('./heavy-worker.ts', moduleUrl).href,
    };
  }
  // A name in a variable: bundlers leave `new URL(variable, import.meta.url)` alone.
  const built = 'heavy-worker.js';
  return { script: new URL(built, moduleUrl) };
}

interface Pending {
  id: number;
  job: HeavyJob;
  resolve: (output: HeavyOutput) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
}

function stoppedError(detail: string): ApiError {
  return new ApiError(
    'internal',
    `The export stopped before it was finished (${detail}); nothing was changed. Try again.`,
  );
}

export function createHeavyPool(options: HeavyPoolOptions): HeavyPool {
  const size = Math.max(1, options.size ?? 1);
  const queue: Pending[] = [];
  const slots = new Set<Slot>();
  let nextId = 1;
  let closed = false;

  function start(): Slot {
    const { script, entry } = heavyWorkerScript();
    const workerData: HeavyWorkerData = {
      fonts: options.fonts(),
      ...(options.hold ? { hold: options.hold } : {}),
      ...(entry ? { entry } : {}),
    };
    const worker = new Worker(script, { workerData });
    // An idle worker must not keep a CLI or a test process alive.
    worker.unref();
    const slot: Slot = { worker, current: null };
    slots.add(slot);
    worker.on('message', (reply: HeavyReply) => {
      const pending = slot.current;
      if (!pending || pending.id !== reply.id) return;
      slot.current = null;
      worker.unref();
      if (reply.ok) pending.resolve(reply.output);
      else
        pending.reject(
          reply.problem
            ? new ArchiveError(reply.problem, reply.message)
            : reply.code
              ? new ApiError(reply.code, reply.message, reply.issues)
              : new Error(reply.message),
        );
      pump();
    });
    const lost = (detail: string) => {
      if (!slots.has(slot)) return;
      slots.delete(slot);
      const pending = slot.current;
      slot.current = null;
      // The job that was running gets a clear error; the queue goes on with a new worker.
      pending?.reject(stoppedError(detail));
      pump();
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`its worker exited with code ${code}`));
    options.onWorkerStart?.(worker);
    return slot;
  }

  function pump(): void {
    while (!closed && queue.length > 0) {
      let slot = [...slots].find((candidate) => candidate.current === null);
      if (!slot && slots.size < size) slot = start();
      if (!slot) return;
      const pending = queue.shift();
      if (!pending) return;
      slot.current = pending;
      // A busy worker keeps the process alive until its job is answered.
      slot.worker.ref();
      const request: HeavyRequest = { id: pending.id, job: pending.job };
      slot.worker.postMessage(request);
    }
  }

  return {
    run(job) {
      if (closed) return Promise.reject(stoppedError('the app is closing'));
      return new Promise<HeavyOutput>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve, reject });
        pump();
      });
    },
    warmUp() {
      if (!closed && slots.size === 0) start();
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(stoppedError('the app is closing'));
      const running = [...slots];
      slots.clear();
      for (const slot of running) slot.current?.reject(stoppedError('the app is closing'));
      await Promise.all(running.map((slot) => slot.worker.terminate()));
    },
  };
}
