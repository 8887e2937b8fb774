import type { ParsedInput } from '../../shared/api/contract';
import { getInstrument } from '../../shared/instrument';
import { archiveFileName, checkPassphrase } from '../archive/edw-archive';
import type { HeavyPool } from '../workers/heavy-pool';
import { archiveApiError, storeImported } from './archive-service';
import type { ServedHandlers } from './dispatch';
import { refuseInPrivateMode } from './private-mode';
import type { Db, ServiceDeps } from './service-deps';
import { invalidInput } from './service-errors';
import { requireWorkshop } from './workshop-service';
import { workshopInstrumentVersion } from '../store/repositories/workshops';

/**
 * The handlers the IPC and HTTP adapters serve: `handlers`, with the PDF report, the CSV exports
 * and workshop archives (written, and read back on import) made on `pool`'s worker thread. Here,
 * on the main thread, only the quick checks run (private mode, the workshop exists) and an import
 * is written in one transaction; the worker reads the workshop from the store file over its own
 * read-only connection, scores, draws, builds scratch databases and runs scrypt, so the room host
 * keeps answering phones meanwhile.
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
      return { filename: output.filename, base64: Buffer.from(output.pdf).toString('base64') };
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
        const output = await pool.run({
          kind: 'archive',
          workshop: stored(id),
          now: deps.clock().toISOString(),
          ...(passphrase ? { passphrase } : {}),
        });
        if (output.kind !== 'archive') throw unexpected(output.kind);
        return {
          filename: archiveFileName(workshop),
          base64: Buffer.from(output.bytes).toString('base64'),
        };
      } catch (error) {
        throw archiveApiError(error);
      }
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
        });
      } catch (error) {
        throw archiveApiError(error);
      }
      if (output.kind !== 'readArchive') throw unexpected(output.kind);
      // Written here, on the thread that owns the store, in one transaction as any import.
      return storeImported(db, deps, output.file, confirmDuplicate);
    },
  };
}

function unexpected(kind: string): Error {
  return new Error(`the heavy-work thread answered with a ${kind} result`);
}
