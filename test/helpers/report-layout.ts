import type { PdfPageText, PdfTextRun } from '../../src-main/report/pdf-text';
import type { ReportModel } from '../../shared/report/model';

const MM = 72 / 25.4;
/** The renderer's running header sits 13 mm from the top, the footer 10 mm from the bottom. */
const HEADER_BELOW = 17 * MM;
const FOOTER_ABOVE = 15 * MM;
/** Nothing may print closer to the paper's edge than this. */
const PRINTABLE_MARGIN = 8 * MM;
/** Heading styles: section titles (19 pt) and headings (11.5 pt). */
const HEADING_SIZES = [19, 11.5];
/** A heading must be followed on its page by at least this many runs of its content. */
const CONTENT_AFTER_HEADING = 2;

export interface Box {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/** The box a run's glyphs occupy, from its baseline: descenders below, cap height above. */
export function boxOf(run: PdfTextRun): Box {
  const vertical = Math.abs(Math.abs(run.angle) - 90) < 1;
  if (vertical) {
    // Rotated a quarter turn (an axis title): the text runs up the page from its origin.
    return {
      left: run.x - run.size * 0.75,
      right: run.x + run.size * 0.2,
      bottom: run.y,
      top: run.y + run.width,
    };
  }
  return {
    left: run.x,
    right: run.x + run.width,
    bottom: run.y - run.size * 0.2,
    top: run.y + run.size * 0.72,
  };
}

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
  return width > 0.5 && height > 0.5 ? width * height : 0;
}

const visible = (run: PdfTextRun): boolean => run.text.trim().length > 0;

const isChrome = (page: PdfPageText, run: PdfTextRun): boolean =>
  run.y > page.height - HEADER_BELOW || run.y < FOOTER_ABOVE;

const short = (text: string): string =>
  JSON.stringify(text.length > 50 ? `${text.slice(0, 47)}…` : text);

const isHeading = (run: PdfTextRun): boolean =>
  HEADING_SIZES.some((size) => Math.abs(run.size - size) < 0.05);

/** Whether a page begins (under its running header) with a heading or a section title. */
function startsWithHeading(page: PdfPageText | undefined): boolean {
  const top = page?.runs
    .filter((run) => visible(run) && !isChrome(page, run))
    .reduce<PdfTextRun | undefined>(
      (best, run) => (!best || run.y > best.y ? run : best),
      undefined,
    );
  return top === undefined || isHeading(top);
}

/** Table cells print at 8.3 pt, their headers at 7.6 pt. */
const TABLE_CELL_SIZE = 8.3;

/** The topmost run under a page's running header. */
function firstContent(page: PdfPageText): PdfTextRun | undefined {
  return page.runs
    .filter((run) => visible(run) && !isChrome(page, run))
    .reduce<PdfTextRun | undefined>(
      (best, run) => (!best || run.y > best.y ? run : best),
      undefined,
    );
}

/** Every layout rule the pages of a report break, as one readable line each. */
export function reportViolations(pages: readonly PdfPageText[]): string[] {
  const problems = pages.flatMap((page, index) => pageViolations(page, pages[index + 1]));
  // A page that opens with a table cell is a table going on without its header.
  for (const page of pages.slice(1)) {
    const top = firstContent(page);
    if (top && Math.abs(top.size - TABLE_CELL_SIZE) < 0.05) {
      problems.push(
        `page ${page.number} goes on with a table (${short(top.text)}) without its header`,
      );
    }
  }
  return problems;
}

/**
 * Every layout rule a page breaks. `next` is the page after it: a heading at the foot of a page
 * with less than two lines under it is stranded when its content goes on over the page.
 */
export function pageViolations(page: PdfPageText, next?: PdfPageText): string[] {
  const problems: string[] = [];
  const where = `page ${page.number}`;
  const runs = page.runs.filter(visible);
  const content = runs.filter((run) => !isChrome(page, run));
  if (content.length === 0) problems.push(`${where} is blank (only its header and footer)`);
  for (const run of runs) {
    const box = boxOf(run);
    if (
      box.left < PRINTABLE_MARGIN - 0.5 ||
      box.right > page.width - PRINTABLE_MARGIN + 0.5 ||
      box.bottom < PRINTABLE_MARGIN - 0.5 ||
      box.top > page.height - PRINTABLE_MARGIN + 0.5
    ) {
      problems.push(`${where}: ${short(run.text)} prints outside the printable area`);
    }
  }
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      const a = runs[i];
      const b = runs[j];
      if (!a || !b) continue;
      if (overlap(boxOf(a), boxOf(b)) > 0) {
        problems.push(`${where}: ${short(a.text)} overlaps ${short(b.text)}`);
      }
    }
  }
  const lastSixth = page.height / 6;
  for (const run of content) {
    if (!isHeading(run) || run.y > lastSixth) continue;
    const below = content.filter((other) => other.y < run.y - 1);
    if (below.length < CONTENT_AFTER_HEADING && next !== undefined && !startsWithHeading(next)) {
      problems.push(`${where}: heading ${short(run.text)} is stranded at the foot of the page`);
    }
  }
  for (const run of runs) {
    // The footer's shortened fingerprint is the one deliberate ellipsis.
    if (run.text.includes('…') && !/^edw:[\d.]+:[\d.]+:[0-9a-f]+…$/.test(run.text.trim())) {
      problems.push(`${where}: ${short(run.text)} is cut with "…"`);
    }
  }
  return problems;
}

/** The labels that must print whole: table column headers, headline tiles, heatmap columns. */
export function wholeLabels(model: ReportModel): string[] {
  const labels: string[] = [];
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'table') labels.push(...block.columns.map((column) => column.header));
      if (block.kind === 'headline') labels.push(...block.figures.map((figure) => figure.label));
      if (block.kind === 'figure' && block.figure.chart === 'heatmap') {
        labels.push(...Object.values(block.figure.labels.columns));
      }
    }
  }
  return labels.filter((label) => label.trim() !== '');
}

/**
 * Words of `labels` that no printed run holds whole: broken across lines mid-word or cut. A run
 * holds a word when the word stands in it between non-letters.
 */
export function brokenWords(pages: readonly PdfPageText[], labels: readonly string[]): string[] {
  const printed = pages.flatMap((page) => page.runs.map((run) => ` ${run.text} `));
  const broken = new Set<string>();
  for (const label of labels) {
    for (const word of label.split(/[\s/()·,]+/).filter((part) => /\p{L}{2,}/u.test(part))) {
      const whole = new RegExp(
        `(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
        'u',
      );
      if (!printed.some((text) => whole.test(text))) broken.add(`"${word}" of "${label}"`);
    }
  }
  return [...broken];
}
