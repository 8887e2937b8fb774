import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EMBEDDED_FORMAT, type FigureValue } from '../../../shared/report/figures';
import { readEmbeddedPayload } from '../../../shared/report/embedded';
import {
  isPortfolioPayload,
  readEmbeddedPortfolio,
} from '../../../shared/report/portfolio/embedded-portfolio';
import type { BrandingDifference } from '../../../shared/report/embedded-branding';
import { checkReport, type BrandingCheck } from '../../report/verify-report';
import { verifySourceFromArgument } from '../../report/workshop-source';
import type { ParsedCommand } from '../args';
import { printedLine } from './printed-lines';
import { verifyPortfolioPdf } from './verify-portfolio';
import { EXIT_INVALID, EXIT_OK, InvalidInputError, UsageError, type CliIo } from '../io';

const SHOWN = 25;

const show = (value: FigureValue | undefined): string =>
  value === undefined ? '(absent)' : value === null ? 'null' : JSON.stringify(value);

const WHY_NOT_READ = {
  not_pdf: 'is not a PDF',
  missing: 'carries no embedded figures (not a report made by this app)',
  unreadable: 'has embedded figures or pages that cannot be read: the file has been altered',
} as const;

const BRANDING_FIELD = {
  firmName: 'firm name',
  footer: 'footer line',
  accent: 'accent',
  logoSha256: 'logo',
} as const;

function brandingValue(difference: BrandingDifference, value: string | null): string {
  if (value === null || value === '') return '(none)';
  return difference.field === 'logoSha256'
    ? `SHA-256 ${value.slice(0, 12)}…`
    : JSON.stringify(value);
}

/** The branding's lines: each field the workshop changed since the report, or why none compared. */
function brandingLines(check: BrandingCheck): string[] {
  if (check.differences === null) {
    // A workshop file carries no branding: the pages were printed again with the report's own.
    return check.report?.firmName
      ? [
          `  branding not compared (a workshop file carries none); the report names ${JSON.stringify(check.report.firmName)}`,
        ]
      : [];
  }
  if (check.differences.length === 0) return [];
  return [
    "  branding: the workshop's branding has changed since the report was made",
    ...check.differences.map(
      (difference) =>
        `    ${BRANDING_FIELD[difference.field]}: report ${brandingValue(difference, difference.report)}, workshop now ${brandingValue(difference, difference.current)}`,
    ),
  ];
}

/**
 * `edw verify <report.pdf> <file.json|workshop-id>`: replays the scoring of the workshop, checks every figure the report embedded and
 * its fingerprint, and every figure printed on its pages against the same report rendered again.
 * Exit 0 when all match, 1 listing each mismatch. `edw verify <portfolio.pdf>` checks a portfolio
 * PDF against the store instead (verify-portfolio.ts).
 */
export async function verifyCommand(args: ParsedCommand, io: CliIo): Promise<number> {
  const count = args.positionals.length;
  if (count < 1 || count > 2) {
    throw new UsageError(
      `expected a report and a workshop file or id, or a portfolio PDF alone, got ${count} arguments`,
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
  // A portfolio PDF names its own workshops; a one-team report needs its workshop.
  const payload = readEmbeddedPayload(bytes);
  if (payload.ok && isPortfolioPayload(payload.payload)) {
    if (count !== 1) {
      throw new UsageError(
        `${reportPath} is a portfolio PDF, which names its own workshops: give only the PDF`,
      );
    }
    const embedded = readEmbeddedPortfolio(payload.payload);
    if (!embedded) {
      throw new InvalidInputError(
        `${reportPath} has embedded portfolio figures that cannot be read: the file has been altered.`,
      );
    }
    return verifyPortfolioPdf(reportPath, bytes, embedded, args.dataFile, io);
  }
  if (count === 1) {
    // Neither a report nor altered: most likely the workshop was left out, as the form was before.
    if (!payload.ok && payload.reason !== 'unreadable') {
      throw new UsageError(
        `expected a portfolio PDF alone, or a report and its workshop file or id: ${reportPath} ${WHY_NOT_READ[payload.reason]}`,
      );
    }
    if (!payload.ok || payload.payload.format !== EMBEDDED_FORMAT) {
      throw new InvalidInputError(`${reportPath} ${WHY_NOT_READ.unreadable}.`);
    }
    throw new UsageError(
      `${reportPath} is a one-team report: give its workshop file or id after it`,
    );
  }
  const { file, present } = verifySourceFromArgument(source, io.cwd, args.dataFile);
  const check = await checkReport(bytes, file, present);
  switch (check.kind) {
    case 'not_pdf':
    case 'missing':
    case 'unreadable':
      throw new InvalidInputError(`${reportPath} ${WHY_NOT_READ[check.kind]}.`);
    case 'unknown_instrument':
      throw new InvalidInputError(`${source}: unknown instrument version "${check.version}"`);
    case 'other_model':
      // Not tampering, most likely: another version of the model made it, and this one cannot
      // replay its figures.
      io.err(
        `${reportPath}: the report was made by scoring model ${check.report || 'unknown'}; this app scores with model ${check.current}, so it cannot check the report's figures (docs/scoring.md lists what changed)`,
      );
      return EXIT_INVALID;
  }
  const { embedded, printed } = check;
  if (check.ok) {
    io.out(
      `${reportPath}: all ${embedded.checked} figures match, and all ${printed.checked} figures printed on its ${printed.pages.report} pages`,
    );
    io.out(`Fingerprint ${embedded.fingerprint.recomputed}`);
    for (const line of brandingLines(check.branding)) io.out(line.trim());
    return EXIT_OK;
  }
  const lines = [`${reportPath}: the report does not match ${source}`];
  lines.push(...brandingLines(check.branding));
  if (!embedded.fingerprint.matches) {
    lines.push(
      `  fingerprint: report ${embedded.fingerprint.report}, recomputed ${embedded.fingerprint.recomputed}`,
    );
  }
  if (printed.pages.report !== printed.pages.recomputed) {
    lines.push(
      `  the report has ${printed.pages.report} pages; the recomputed report has ${printed.pages.recomputed}`,
    );
  }
  for (const mismatch of printed.mismatches.slice(0, SHOWN)) lines.push(printedLine(mismatch));
  if (printed.mismatches.length > SHOWN)
    lines.push(`  … and ${printed.mismatches.length - SHOWN} more printed`);
  for (const mismatch of embedded.mismatches.slice(0, SHOWN)) {
    lines.push(
      `  ${mismatch.key}: report ${show(mismatch.report)}, recomputed ${show(mismatch.recomputed)}`,
    );
  }
  if (embedded.mismatches.length > SHOWN)
    lines.push(`  … and ${embedded.mismatches.length - SHOWN} more`);
  lines.push(
    `${printed.mismatches.length} printed figures differ; ${embedded.mismatches.length} of ${embedded.checked} embedded figures differ`,
  );
  const figuresMatch =
    embedded.ok &&
    printed.mismatches.length === 0 &&
    printed.pages.report === printed.pages.recomputed;
  if (figuresMatch && check.branding.differences?.length) {
    lines.push(
      "The figures are the workshop's; only the branding differs. Print the report again to carry the present branding.",
    );
  }
  io.err(lines.join('\n'));
  return EXIT_INVALID;
}
