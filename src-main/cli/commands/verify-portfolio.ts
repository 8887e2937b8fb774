import { existsSync } from 'node:fs';
import type { FigureValue } from '../../../shared/report/figures';
import type {
  EmbeddedPortfolio,
  PortfolioFigureMismatch,
} from '../../../shared/report/portfolio/embedded-portfolio';
import { loadReportFonts } from '../../report/fonts';
import { checkPortfolio, type PortfolioWorkshopCheck } from '../../report/verify-portfolio';
import { EXIT_INVALID, EXIT_OK, InvalidInputError, type CliIo } from '../io';
import { openCliStore } from '../open-cli-store';
import { printedLine } from './printed-lines';

const SHOWN = 25;

const show = (value: FigureValue | undefined): string =>
  value === undefined ? '(absent)' : value === null ? 'null' : JSON.stringify(value);

/** "Card issuing" of 2026-06-02: how a reader finds the workshop in the app. */
const named = (workshop: PortfolioWorkshopCheck): string =>
  `workshop ${JSON.stringify(workshop.title)} of ${workshop.date}`;

function workshopLine(workshop: PortfolioWorkshopCheck, embedded: EmbeddedPortfolio): string {
  const client = 'client' in embedded.selection ? JSON.stringify(embedded.selection.client) : null;
  switch (workshop.status) {
    case 'same':
      return `  ${named(workshop)}: unchanged`;
    case 'changed':
      return `  ${named(workshop)} has changed since the PDF was made (its fingerprint differs)`;
    case 'gone':
      return client
        ? `  ${named(workshop)} is no longer a stored workshop of client ${client} (id ${workshop.id})`
        : `  ${named(workshop)} is no longer in the store (id ${workshop.id})`;
    case 'new':
      return `  ${named(workshop)} has been added to client ${client ?? ''} since the PDF was made (id ${workshop.id})`;
  }
}

/**
 * One line a figure; a team all of whose figures are on one side only (its workshop gone, or
 * added) is one line, so the figures that moved are not buried under it.
 */
function figureLines(mismatches: readonly PortfolioFigureMismatch[]): string[] {
  const byTeam = new Map<string, PortfolioFigureMismatch[]>();
  for (const mismatch of mismatches) {
    const team = mismatch.key.split(' · ')[0] ?? mismatch.key;
    byTeam.set(team, [...(byTeam.get(team) ?? []), mismatch]);
  }
  return [...byTeam].flatMap(([team, list]) => {
    if (list.length > 1 && list.every((entry) => entry.recomputed === undefined)) {
      return [`  ${team}: ${list.length} figures printed, none in the rebuilt portfolio`];
    }
    if (list.length > 1 && list.every((entry) => entry.report === undefined)) {
      return [`  ${team}: ${list.length} figures in the rebuilt portfolio, none printed`];
    }
    return list.map(
      (entry) =>
        `  ${entry.key}: printed ${show(entry.report)}, recomputed ${show(entry.recomputed)}`,
    );
  });
}

/**
 * `edw verify <portfolio.pdf>`: the PDF names its workshops and its k, so no second argument; the
 * portfolio is rebuilt from the store and every workshop's fingerprint and every figure compared.
 * Exit 0 when all match, 1 naming each workshop and figure that differs.
 */
export async function verifyPortfolioPdf(
  reportPath: string,
  bytes: Uint8Array,
  embedded: EmbeddedPortfolio,
  dataFile: string,
  io: CliIo,
): Promise<number> {
  if (!existsSync(dataFile)) {
    throw new InvalidInputError(
      `no store at ${dataFile}: the workshops of the portfolio cannot be read`,
    );
  }
  const db = openCliStore(dataFile);
  let check;
  try {
    check = await checkPortfolio(db, bytes, embedded, loadReportFonts());
  } finally {
    db.close();
  }
  if (check.kind === 'unreadable') {
    throw new InvalidInputError(
      `${reportPath} has embedded portfolio figures or pages that cannot be read: the file has been altered.`,
    );
  }
  if (check.kind === 'other_model') {
    io.err(
      `${reportPath}: the portfolio was made by scoring model ${check.report || 'unknown'}; this app scores with model ${check.current}, so it cannot check its figures (docs/scoring.md lists what changed)`,
    );
    return EXIT_INVALID;
  }
  const { figures, workshops, printed } = check;
  if (check.ok && figures && printed) {
    io.out(
      `${reportPath}: all ${figures.checked} figures of the portfolio match, and all ${printed.checked} figures printed on its ${printed.pages.report} pages; its ${workshops.length} workshops are unchanged`,
    );
    for (const workshop of workshops) io.out(workshopLine(workshop, embedded).trim());
    return EXIT_OK;
  }
  const lines = [`${reportPath}: the portfolio does not match the store`];
  for (const workshop of workshops) {
    if (workshop.status !== 'same') lines.push(workshopLine(workshop, embedded));
  }
  if (printed) {
    if (printed.pages.report !== printed.pages.recomputed) {
      lines.push(
        `  the PDF has ${printed.pages.report} pages; the rebuilt portfolio has ${printed.pages.recomputed}`,
      );
    }
    for (const mismatch of printed.mismatches.slice(0, SHOWN)) lines.push(printedLine(mismatch));
    if (printed.mismatches.length > SHOWN) {
      lines.push(`  … and ${printed.mismatches.length - SHOWN} more printed`);
    }
  }
  if (figures) {
    const shown = figureLines(figures.mismatches);
    lines.push(...shown.slice(0, SHOWN));
    if (shown.length > SHOWN) lines.push(`  … and ${shown.length - SHOWN} more`);
    lines.push(
      `${printed?.mismatches.length ?? 0} printed figures differ; ${figures.mismatches.length} of ${figures.checked} embedded figures differ`,
    );
  } else {
    lines.push('No workshop of the portfolio is left in the store: its figures cannot be rebuilt');
  }
  io.err(lines.join('\n'));
  return EXIT_INVALID;
}
