import { existsSync } from 'node:fs';
import type { FigureValue } from '../../../shared/report/figures';
import type { EmbeddedPortfolio } from '../../../shared/report/portfolio/embedded-portfolio';
import { checkPortfolio, type PortfolioWorkshopCheck } from '../../report/verify-portfolio';
import { EXIT_INVALID, EXIT_OK, InvalidInputError, type CliIo } from '../io';
import { openCliStore } from '../open-cli-store';

const SHOWN = 25;

const show = (value: FigureValue | undefined): string =>
  value === undefined ? '(absent)' : value === null ? 'null' : JSON.stringify(value);

/** "Card issuing" of 2026-06-02: how a reader finds the workshop in the app. */
const named = (workshop: PortfolioWorkshopCheck): string =>
  `workshop ${JSON.stringify(workshop.title)} of ${workshop.date}`;

function workshopLine(workshop: PortfolioWorkshopCheck, embedded: EmbeddedPortfolio): string {
  const of =
    'client' in embedded.selection ? ` of client ${JSON.stringify(embedded.selection.client)}` : '';
  switch (workshop.status) {
    case 'same':
      return `  ${named(workshop)}: unchanged`;
    case 'changed':
      return `  ${named(workshop)} has changed since the PDF was made (its fingerprint differs)`;
    case 'gone':
      return `  ${named(workshop)} is no longer in the store${of} (id ${workshop.id})`;
    case 'new':
      return `  ${named(workshop)} was added${of} since the PDF was made (id ${workshop.id})`;
  }
}

/**
 * `edw verify <portfolio.pdf>`: the PDF names its workshops and its k, so no second argument; the
 * portfolio is rebuilt from the store and every workshop's fingerprint and every figure compared.
 * Exit 0 when all match, 1 naming each workshop and figure that differs.
 */
export function verifyPortfolioPdf(
  reportPath: string,
  embedded: EmbeddedPortfolio,
  dataFile: string,
  io: CliIo,
): number {
  if (!existsSync(dataFile)) {
    throw new InvalidInputError(
      `no store at ${dataFile}: the workshops of the portfolio cannot be read`,
    );
  }
  const db = openCliStore(dataFile);
  let check;
  try {
    check = checkPortfolio(db, embedded);
  } finally {
    db.close();
  }
  if (check.kind === 'other_model') {
    io.err(
      `${reportPath}: the portfolio was made by scoring model ${check.report || 'unknown'}; this app scores with model ${check.current}, so it cannot check its figures (docs/scoring.md lists what changed)`,
    );
    return EXIT_INVALID;
  }
  const { figures, workshops } = check;
  if (check.ok && figures) {
    io.out(
      `${reportPath}: all ${figures.checked} figures of the portfolio match, and its ${workshops.length} workshops are unchanged`,
    );
    for (const workshop of workshops) io.out(workshopLine(workshop, embedded).trim());
    return EXIT_OK;
  }
  const lines = [`${reportPath}: the portfolio does not match the store`];
  for (const workshop of workshops) {
    if (workshop.status !== 'same') lines.push(workshopLine(workshop, embedded));
  }
  if (figures) {
    for (const mismatch of figures.mismatches.slice(0, SHOWN)) {
      lines.push(
        `  ${mismatch.key}: printed ${show(mismatch.report)}, recomputed ${show(mismatch.recomputed)}`,
      );
    }
    if (figures.mismatches.length > SHOWN) {
      lines.push(`  … and ${figures.mismatches.length - SHOWN} more`);
    }
    lines.push(`${figures.mismatches.length} of ${figures.checked} figures differ`);
  } else {
    lines.push('No workshop of the portfolio is left in the store: its figures cannot be rebuilt');
  }
  io.err(lines.join('\n'));
  return EXIT_INVALID;
}
