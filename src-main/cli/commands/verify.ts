import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getInstrument } from '../../../shared/instrument';
import { readEmbeddedReport } from '../../../shared/report/embedded';
import { compareWithResult, type FigureValue } from '../../../shared/report/figures';
import { MODEL_VERSION, scoreWorkshop } from '../../../shared/scoring';
import { workshopFromArgument } from '../../report/workshop-source';
import type { ParsedCommand } from '../args';
import { EXIT_INVALID, EXIT_OK, InvalidInputError, UsageError, type CliIo } from '../io';

const SHOWN = 25;

const show = (value: FigureValue | undefined): string =>
  value === undefined ? '(absent)' : value === null ? 'null' : JSON.stringify(value);

/**
 * `edw verify`: replays the scoring of the workshop and checks every figure the report embedded,
 * and its fingerprint. Exit 0 when all match, 1 listing each mismatch.
 */
export function verifyCommand(args: ParsedCommand, io: CliIo): number {
  if (args.positionals.length !== 2) {
    throw new UsageError(
      `expected a report and a workshop file or id, got ${args.positionals.length} arguments`,
    );
  }
  const [reportPath = '', source = ''] = args.positionals;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(resolve(io.cwd, reportPath)));
  } catch (error) {
    throw new InvalidInputError(
      `${reportPath}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  const read = readEmbeddedReport(bytes);
  if (!read.ok) {
    const why = {
      not_pdf: 'is not a PDF',
      missing: 'carries no embedded figures (not a report made by this app)',
      unreadable: 'has embedded figures that cannot be read: the file has been altered',
    }[read.reason];
    throw new InvalidInputError(`${reportPath} ${why}.`);
  }
  const file = workshopFromArgument(source, io.cwd, args.dataFile);
  const instrument = getInstrument(file.workshop.instrumentVersion);
  if (!instrument) throw new InvalidInputError(`${source}: unknown instrument version`);
  const outcome = compareWithResult(read.embedded, scoreWorkshop(file, instrument));
  if (outcome.ok) {
    io.out(`${reportPath}: all ${outcome.checked} figures match`);
    io.out(`Fingerprint ${outcome.fingerprint.recomputed}`);
    return EXIT_OK;
  }
  const lines = [`${reportPath}: the report does not match ${source}`];
  if (read.embedded.modelVersion !== MODEL_VERSION) {
    // Not tampering, most likely: the figures were made by another version of the model.
    lines.push(
      `  the report was made by scoring model ${read.embedded.modelVersion || 'unknown'}; this app scores with model ${MODEL_VERSION} (docs/scoring.md lists what changed)`,
    );
  }
  if (!outcome.fingerprint.matches) {
    lines.push(
      `  fingerprint: report ${outcome.fingerprint.report}, recomputed ${outcome.fingerprint.recomputed}`,
    );
  }
  for (const mismatch of outcome.mismatches.slice(0, SHOWN)) {
    lines.push(
      `  ${mismatch.key}: report ${show(mismatch.report)}, recomputed ${show(mismatch.recomputed)}`,
    );
  }
  if (outcome.mismatches.length > SHOWN)
    lines.push(`  … and ${outcome.mismatches.length - SHOWN} more`);
  lines.push(`${outcome.mismatches.length} of ${outcome.checked} figures differ`);
  io.err(lines.join('\n'));
  return EXIT_INVALID;
}
