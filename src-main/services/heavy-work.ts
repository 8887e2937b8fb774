import type { ParsedInput } from '../../shared/api/contract';
import { getInstrument } from '../../shared/instrument';
import { archiveFileName, checkPassphrase } from '../archive/edw-archive';
import type { HeavyPool } from '../workers/heavy-pool';
import { archiveApiError, storeImported } from './archive-service';
import type { ServedHandlers } from './dispatch';
import { reportInterventionsOf } from './interventions-service';
import { refuseInPrivateMode } from './private-mode';
import type { Db, ServiceDeps } from './service-deps';
import { invalidInput } from './service-errors';
import { workshopFileFrom } from './workshop-file-service';
import { requireWorkshop } from './workshop-service';

/**
 * The handlers the IPC and HTTP adapters serve: `handlers`, with the PDF report, the CSV exports
 * and workshop archives (written, and read back on import) made on `pool`'s worker thread. The
 * store is read and written here, on the main thread (short reads and one transaction; the
 * connection is never shared), and the long part, scoring, drawing, scratch databases and
 * scrypt, runs in the worker, so the room host keeps answering phones meanwhile.
 */
export function offloadHeavyWork(
  db: Db,
  deps: ServiceDeps,
  handlers: ServedHandlers,
  pool: HeavyPool,
): ServedHandlers {
  return {
    ...handlers,
    'report:pdf': async (input: ParsedInput<'report:pdf'>) => {
      refuseInPrivateMode(db, 'report:pdf', input);
      const { id, flavour, language } = input;
      const file = workshopFileFrom(db, id);
      if (!getInstrument(file.workshop.instrumentVersion)) {
        throw invalidInput('report:pdf', [
          { path: 'id', message: 'uses an unknown instrument version' },
        ]);
      }
      const output = await pool.run({
        kind: 'pdf',
        file,
        options: {
          flavour,
          ...(language ? { language } : {}),
          generatedAt: deps.clock().toISOString(),
          ...reportInterventionsOf(db, id, language ?? file.workshop.language),
        },
      });
      if (output.kind !== 'pdf') throw unexpected(output.kind);
      return { filename: output.filename, base64: Buffer.from(output.pdf).toString('base64') };
    },
    'export:csv': async (input: ParsedInput<'export:csv'>) => {
      refuseInPrivateMode(db, 'export:csv', input);
      const file = workshopFileFrom(db, input.id);
      if (!getInstrument(file.workshop.instrumentVersion)) {
        throw invalidInput('export:csv', [
          { path: 'id', message: 'uses an unknown instrument version' },
        ]);
      }
      const output = await pool.run({ kind: 'csv', file, csv: input.kind });
      if (output.kind !== 'csv') throw unexpected(output.kind);
      return { filename: output.filename, text: output.text };
    },
    'archive:export': async (input: ParsedInput<'archive:export'>) => {
      refuseInPrivateMode(db, 'archive:export', input);
      const { id, passphrase } = input;
      const workshop = requireWorkshop(db, id);
      const file = workshopFileFrom(db, id);
      try {
        if (passphrase) checkPassphrase(passphrase);
        const output = await pool.run({
          kind: 'archive',
          file,
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
