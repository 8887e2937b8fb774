import type { PrintedMismatch } from '../../../shared/report/printed-figures';

// How `edw verify` names a figure printed on a page that the PDF drawn again does not print
// there: shared by the one-team report's check and the portfolio's.

/** Where a printed line is longer than its figure, it says where on the page the figure stands. */
const where = (figure: { value: string; context: string }): string =>
  figure.context !== figure.value ? ` in "${figure.context.slice(0, 70)}"` : '';

export function printedLine(mismatch: PrintedMismatch): string {
  const { page, printed, expected } = mismatch;
  if (printed && expected) {
    return `  page ${page} prints ${printed.value}${where(printed)}; recomputed: ${expected.value}`;
  }
  if (printed)
    return `  page ${page} prints ${printed.value}${where(printed)}, which the recomputed report does not`;
  return `  page ${page} lacks ${expected?.value ?? '?'}${expected ? where(expected) : ''}, which the recomputed report prints`;
}
