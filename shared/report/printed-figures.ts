/**
 * Checks the figures a report prints against the figures a fresh rendering of the same workshop
 * prints, page by page. Pure: the caller extracts the text of both PDFs.
 */

/** A number as printed: digits with `.` or `,` between groups ("63.1", "63,1", "2026", "1.0.0"). */
const FIGURE = /\d+(?:[.,]\d+)*/g;

export interface PrintedFigure {
  value: string;
  /** The printed line (text run) it stands in, to say where on the page it is. */
  context: string;
}

export interface PrintedMismatch {
  page: number;
  /** What the report prints; null when it prints nothing where the recomputation prints a figure. */
  printed: PrintedFigure | null;
  /** What the recomputed report prints there; null when it prints nothing there. */
  expected: PrintedFigure | null;
}

export interface PrintedComparison {
  pages: { report: number; recomputed: number };
  /** Figures printed in the report (all pages). */
  checked: number;
  mismatches: PrintedMismatch[];
}

/** Every figure printed on a page, in the order the page draws its text. */
export function figuresOfPage(runs: readonly string[]): PrintedFigure[] {
  const figures: PrintedFigure[] = [];
  for (const run of runs) {
    for (const match of run.matchAll(FIGURE))
      figures.push({ value: match[0], context: run.trim() });
  }
  return figures;
}

/**
 * Aligns two sequences of figures (longest common subsequence) and returns what differs: a
 * replaced figure pairs with the one it replaced, so one edit reads as one mismatch.
 */
function alignFigures(
  page: number,
  printed: readonly PrintedFigure[],
  expected: readonly PrintedFigure[],
): PrintedMismatch[] {
  const n = printed.length;
  const m = expected.length;
  // lengths[i][j]: common subsequence length of printed[i..] and expected[j..], row-major.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        printed[i]?.value === expected[j]?.value
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const mismatches: PrintedMismatch[] = [];
  let gapPrinted: PrintedFigure[] = [];
  let gapExpected: PrintedFigure[] = [];
  const closeGap = () => {
    const count = Math.max(gapPrinted.length, gapExpected.length);
    for (let index = 0; index < count; index++) {
      mismatches.push({
        page,
        printed: gapPrinted[index] ?? null,
        expected: gapExpected[index] ?? null,
      });
    }
    gapPrinted = [];
    gapExpected = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const left = printed[i];
    const right = expected[j];
    if (left && right && left.value === right.value) {
      closeGap();
      i++;
      j++;
    } else if (
      right === undefined ||
      (left !== undefined &&
        (lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0))
    ) {
      if (left) gapPrinted.push(left);
      i++;
    } else {
      gapExpected.push(right);
      j++;
    }
  }
  closeGap();
  return mismatches;
}

/**
 * Compares the text runs of each page of a report with those of the report recomputed from the
 * workshop: every printed figure must be the recomputed one, in the same place.
 */
export function comparePrintedFigures(
  report: readonly (readonly string[])[],
  recomputed: readonly (readonly string[])[],
): PrintedComparison {
  const mismatches: PrintedMismatch[] = [];
  let checked = 0;
  const pages = Math.max(report.length, recomputed.length);
  for (let index = 0; index < pages; index++) {
    const printed = figuresOfPage(report[index] ?? []);
    checked += printed.length;
    mismatches.push(...alignFigures(index + 1, printed, figuresOfPage(recomputed[index] ?? [])));
  }
  return { pages: { report: report.length, recomputed: recomputed.length }, checked, mismatches };
}
