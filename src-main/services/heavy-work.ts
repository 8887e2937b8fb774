import type { ParsedInput } from '../../shared/api/contract';
import { getInstrument } from '../../shared/instrument';
import type { HeavyPool } from '../workers/heavy-pool';
import type { ServedHandlers } from './dispatch';
import { reportInterventionsOf } from './interventions-service';
import { refuseInPrivateMode } from './private-mode';
import type { Db, ServiceDeps } from './service-deps';
import { invalidInput } from './service-errors';
import { workshopFileFrom } from './workshop-file-service';

/**
 * The handlers the IPC and HTTP adapters serve: `handlers`, with the PDF report and the CSV
 * exports rendered on `pool`'s worker thread. The store is read here, on the main thread (reads
 * are short and the connection is not shared), and the long part, scoring and drawing, runs in
 * the worker, so the room host keeps answering phones while a report is made.
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
      if (output.kind !== 'pdf') throw new Error('the report worker answered with a CSV');
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
      if (output.kind !== 'csv') throw new Error('the export worker answered with a PDF');
      return { filename: output.filename, text: output.text };
    },
  };
}
