import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { aggregatesCsv, answersCsv, CSV_BOM } from '../../../shared/export/csv';
import { getInstrument } from '../../../shared/instrument';
import { scoreWorkshop } from '../../../shared/scoring';
import { makeReport } from '../../report/make-report';
import { storeDemoWorkshop } from '../../services/demo-service';
import { workshopFileFrom } from '../../services/workshop-file-service';
import type { ParsedCommand } from '../args';
import { EXIT_OK, InvalidInputError, UsageError, type CliIo } from '../io';
import { openCliStore } from '../open-cli-store';
import { reportLanguage } from './report';

/** The files `edw demo` writes into its folder. */
export const DEMO_FILES = [
  'report-full.pdf',
  'report-brief.pdf',
  'answers.csv',
  'aggregates.csv',
] as const;

/**
 * `edw demo`: adds the seeded demo workshop to the store and writes both reports and both CSV
 * files into a folder (`-o`, default `edw-demo`). Not the workshop file: it holds every answer by
 * alias, and the demo's folder is what people pass around (`edw export <id>` writes it on purpose).
 */
export function demoCommand(args: ParsedCommand, io: CliIo): number {
  if (args.positionals.length > 0)
    throw new UsageError('edw demo takes no arguments besides its options');
  const language = reportLanguage(args.lang) ?? 'en';
  const dir = resolve(io.cwd, args.output ?? 'edw-demo');
  const db = openCliStore(args.dataFile);
  let file;
  let id;
  try {
    const workshop = storeDemoWorkshop(db, language, () => new Date());
    id = workshop.id;
    // Written from the store, so the files are exactly what the app itself would export.
    file = workshopFileFrom(db, workshop.id);
  } catch (error) {
    if (error instanceof ApiError) throw new InvalidInputError(error.message);
    throw error;
  } finally {
    db.close();
  }
  const instrument = getInstrument(file.workshop.instrumentVersion);
  if (!instrument) throw new InvalidInputError('the demo uses an unknown instrument version');
  const result = scoreWorkshop(file, instrument);
  const generatedAt = new Date();
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    resolve(dir, 'report-full.pdf'),
    makeReport(file, { flavour: 'full', generatedAt, demo: true }).pdf,
  );
  writeFileSync(
    resolve(dir, 'report-brief.pdf'),
    makeReport(file, { flavour: 'brief', generatedAt, demo: true }).pdf,
  );
  writeFileSync(resolve(dir, 'answers.csv'), CSV_BOM + answersCsv(file, instrument, result));
  writeFileSync(resolve(dir, 'aggregates.csv'), CSV_BOM + aggregatesCsv(file, result));
  io.out(`Added the demo workshop "${file.workshop.title}" as ${id} to ${args.dataFile}`);
  io.out(`Wrote ${DEMO_FILES.join(', ')} to ${dir}`);
  return EXIT_OK;
}
