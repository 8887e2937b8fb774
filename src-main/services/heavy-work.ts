import type { ParsedInput } from '../../shared/api/contract';
import { getInstrument } from '../../shared/instrument';
import { archiveFileName, checkPassphrase } from '../archive/edw-archive';
import type { HeavyPool } from '../workers/heavy-pool';
import { archiveApiError, refuseLookAlike } from './archive-service';
import type { ServedHandlers } from './dispatch';
import { refuseInPrivateMode } from './private-mode';
import type { Db, ServiceDeps } from './service-deps';
import { invalidInput } from './service-errors';
import { requireWorkshop } from './workshop-service';
import { workshopInstrumentVersion } from '../store/repositories/workshops';
import { ApiError } from '../../shared/api/errors';
import type { JsonBodyProblem } from '../host/read-json-body';
import { fileReplyValue } from '../host/file-reply';
import type { ImportAttempt } from '../workers/heavy-tasks';
import { discardPreparedImport, mergeWorkshopImport, type PreparedImport } from './workshop-import';
import { paperSheetsSource } from './paper-service';

/**
 * Workshop files read from large request bodies on the heavy-work thread, keyed by the object
 * that stands for the file in the parsed body. Only `largeBodyReader` makes such objects, and a
 * client's JSON can never produce one of them, so no request can name a scratch file itself.
 */
const attemptsByStandIn = new WeakMap<object, ImportAttempt>();

/**
 * The handlers the IPC and HTTP adapters serve: `handlers`, with the PDF report, the CSV exports,
 * workshop archives (written, and read back on import) and workshop-file imports made on `pool`'s
 * worker thread. Here, on the main thread, only the quick checks run (private mode, the workshop
 * exists, a look-alike) and an import is copied in from its scratch store in one transaction; the
 * worker reads the workshop from the store file over its own read-only connection, scores, draws,
 * builds scratch databases and runs scrypt, so the room host keeps answering phones meanwhile.
 */
export function offloadHeavyWork(
  db: Db,
  deps: ServiceDeps,
  handlers: ServedHandlers,
  pool: HeavyPool,
): ServedHandlers {
  const stored = (workshopId: string) => ({ dataFile: deps.dataFile, workshopId });
  /** The checks the in-process services make before the long part, with the same errors. */
  const knownInstrument = (channel: 'report:pdf' | 'export:csv', id: string) => {
    requireWorkshop(db, id);
    if (!getInstrument(workshopInstrumentVersion(db, id) ?? undefined)) {
      throw invalidInput(channel, [{ path: 'id', message: 'uses an unknown instrument version' }]);
    }
  };
  return {
    ...handlers,
    // Every stored answer is read for it, so it runs beside the reports rather than the room.
    'instrument:health': async (input: ParsedInput<'instrument:health'>) => {
      refuseInPrivateMode(db, 'instrument:health', input);
      const output = await pool.run({ kind: 'instrumentHealth', dataFile: deps.dataFile });
      if (output.kind !== 'instrumentHealth') throw unexpected(output.kind);
      return output.health;
    },
    // Asked as the portfolio screen opens: the worker starts while the facilitator chooses, so
    // "Show portfolio" does not wait for it to load.
    'portfolio:clients': (input: ParsedInput<'portfolio:clients'>) => {
      pool.warmUp();
      return handlers['portfolio:clients'](input);
    },
    // Every workshop of the selection is read and scored for it: on the worker, like a report.
    'portfolio:pdf': async (input: ParsedInput<'portfolio:pdf'>) => {
      refuseInPrivateMode(db, 'portfolio:pdf', input);
      const output = await pool.run({
        kind: 'portfolioPdf',
        dataFile: deps.dataFile,
        selection: input.selection,
        language: input.language,
        generatedAt: deps.clock().toISOString(),
      });
      if (output.kind !== 'portfolioPdf') throw unexpected(output.kind);
      return fileReplyValue(output.filename, output.reply);
    },
    // The portfolio's data and CSV too: 20 workshops read and scored would hold the room host.
    'portfolio:build': async (input: ParsedInput<'portfolio:build'>) => {
      refuseInPrivateMode(db, 'portfolio:build', input);
      const output = await pool.run({
        kind: 'portfolio',
        dataFile: deps.dataFile,
        selection: input,
      });
      if (output.kind !== 'portfolio') throw unexpected(output.kind);
      return output.portfolio;
    },
    'portfolio:csv': async (input: ParsedInput<'portfolio:csv'>) => {
      refuseInPrivateMode(db, 'portfolio:csv', input);
      const output = await pool.run({
        kind: 'portfolioCsv',
        dataFile: deps.dataFile,
        selection: input.selection,
        language: input.language,
      });
      if (output.kind !== 'portfolioCsv') throw unexpected(output.kind);
      return { filename: output.filename, text: output.text };
    },
    'report:pdf': async (input: ParsedInput<'report:pdf'>) => {
      refuseInPrivateMode(db, 'report:pdf', input);
      const { id, flavour, language } = input;
      knownInstrument('report:pdf', id);
      const output = await pool.run({
        kind: 'pdf',
        workshop: stored(id),
        flavour,
        ...(language ? { language } : {}),
        generatedAt: deps.clock().toISOString(),
      });
      if (output.kind !== 'pdf') throw unexpected(output.kind);
      return fileReplyValue(output.filename, output.reply);
    },
    'paper:sheets': async (input: ParsedInput<'paper:sheets'>) => {
      refuseInPrivateMode(db, 'paper:sheets', input);
      // Checked here (unknown workshop, section or participant), drawn on the worker.
      const source = paperSheetsSource(db, input);
      const output = await pool.run({ kind: 'paperSheets', source });
      if (output.kind !== 'paperSheets') throw unexpected(output.kind);
      return fileReplyValue(output.filename, output.reply);
    },
    'export:csv': async (input: ParsedInput<'export:csv'>) => {
      refuseInPrivateMode(db, 'export:csv', input);
      knownInstrument('export:csv', input.id);
      const output = await pool.run({ kind: 'csv', workshop: stored(input.id), csv: input.kind });
      if (output.kind !== 'csv') throw unexpected(output.kind);
      return { filename: output.filename, text: output.text };
    },
    'archive:export': async (input: ParsedInput<'archive:export'>) => {
      refuseInPrivateMode(db, 'archive:export', input);
      const { id, passphrase } = input;
      const workshop = requireWorkshop(db, id);
      try {
        if (passphrase) checkPassphrase(passphrase);
        const filename = archiveFileName(workshop);
        const output = await pool.run({
          kind: 'archive',
          workshop: stored(id),
          now: deps.clock().toISOString(),
          filename,
          ...(passphrase ? { passphrase } : {}),
        });
        if (output.kind !== 'archive') throw unexpected(output.kind);
        return fileReplyValue(filename, output.reply);
      } catch (error) {
        throw archiveApiError(error);
      }
    },
    'workshop:importFile': async (input: ParsedInput<'workshop:importFile'>) => {
      refuseInPrivateMode(db, 'workshop:importFile', input);
      const { file, confirmDuplicate } = input;
      const read =
        typeof file === 'object' && file !== null ? attemptsByStandIn.get(file) : undefined;
      if (read) {
        // Read from a large body on the worker already, checked and written to its scratch store.
        attemptsByStandIn.delete(file as object);
        if (!read.ok) throw new ApiError(read.error.code, read.error.message, read.error.issues);
        return mergeUnlessLookAlike(db, read.prepared, confirmDuplicate);
      }
      const output = await pool.run({ kind: 'importFile', file, now: deps.clock().toISOString() });
      if (output.kind !== 'importFile') throw unexpected(output.kind);
      // Written here, on the thread that owns the store, in one transaction as any import.
      return mergeUnlessLookAlike(db, output.prepared, confirmDuplicate);
    },
    'archive:import': async (input: ParsedInput<'archive:import'>) => {
      refuseInPrivateMode(db, 'archive:import', input);
      const { base64, passphrase, confirmDuplicate } = input;
      let output;
      try {
        output = await pool.run({
          kind: 'readArchive',
          bytes: Buffer.from(base64, 'base64'),
          ...(passphrase ? { passphrase } : {}),
          now: deps.clock().toISOString(),
        });
      } catch (error) {
        throw archiveApiError(error);
      }
      if (output.kind !== 'readArchive') throw unexpected(output.kind);
      const { attempt } = output;
      try {
        // The checks in the in-process order: a look-alike first, then the file's own refusal.
        refuseLookAlike(db, output.workshop, confirmDuplicate);
        if (!attempt.ok) {
          throw new ApiError(attempt.error.code, attempt.error.message, attempt.error.issues);
        }
      } catch (error) {
        if (attempt.ok) discardPreparedImport(attempt.prepared);
        throw error;
      }
      // Copied in here, on the thread that owns the store, in one transaction as any import.
      return mergeWorkshopImport(db, attempt.prepared);
    },
  };
}

/**
 * A prepared workshop file merged into the store, unless a stored workshop looks like it and the
 * import was not confirmed: the in-process import's order (the file's own checks, then the
 * look-alike), with the scratch store removed when refused.
 */
function mergeUnlessLookAlike(db: Db, prepared: PreparedImport, confirmDuplicate: boolean) {
  try {
    refuseLookAlike(db, prepared, confirmDuplicate);
  } catch (error) {
    discardPreparedImport(prepared);
    throw error;
  }
  return mergeWorkshopImport(db, prepared);
}

/** A large body as the host's route receives it from `readLargeBody`. */
export type LargeBodyReading =
  { ok: true; body: unknown; release: () => void } | { ok: false; problem: JsonBodyProblem };

export type LargeBodyReader = (channel: string, bytes: Uint8Array) => Promise<LargeBodyReading>;

/**
 * Reads large request bodies on `pool`'s worker, as the host's JSON parser would (same refusals).
 * The body of `workshop:importFile` is also checked and written to a scratch store there; the
 * route gets `{ file: <stand-in> }`, which the import handler above recognises. `release` removes
 * a scratch store the request did not use (refused before its handler ran, or failed).
 */
export function largeBodyReader(deps: ServiceDeps, pool: HeavyPool): LargeBodyReader {
  return async (channel, bytes) => {
    const importFile = channel === 'workshop:importFile';
    const output = await pool.run({
      kind: 'readBody',
      bytes,
      importFile,
      now: deps.clock().toISOString(),
    });
    if (output.kind !== 'readBody') throw unexpected(output.kind);
    const { reading } = output;
    if (!reading.ok) return reading;
    if (!('importAttempt' in reading)) return { ok: true, body: reading.value, release: () => {} };
    const standIn = Object.freeze({});
    const attempt = reading.importAttempt;
    attemptsByStandIn.set(standIn, attempt);
    return {
      ok: true,
      body: { ...reading.rest, file: standIn },
      release: () => {
        attemptsByStandIn.delete(standIn);
        if (attempt.ok) discardPreparedImport(attempt.prepared);
      },
    };
  };
}

function unexpected(kind: string): Error {
  return new Error(`the heavy-work thread answered with a ${kind} result`);
}
