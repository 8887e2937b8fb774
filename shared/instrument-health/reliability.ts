/**
 * Internal consistency of one factor from complete answer sets: Cronbach's alpha, each
 * statement's corrected item–rest correlation and alpha with the statement left out.
 *
 * In terms of the statements' covariance matrix C (k × k, over the n people):
 *   alpha           = k / (k − 1) × (1 − trace C / ΣC)         (ΣC is the variance of the totals)
 *   item–rest r_i   = cov(item_i, rest_i) / √(C_ii × var(rest_i)),   rest_i = total − item_i
 *   alpha without i = the alpha formula on C with row and column i removed (ΣC becomes var(rest_i))
 * The variances of the totals and of each rest are summed from those sums themselves rather than
 * from C's cells: a room whose totals never vary then has a variance of exactly 0, where adding
 * up C's cells could leave 1e-16 and an alpha of minus several quadrillion.
 * Dividing by n or by n − 1 cancels in every ratio, so plain sums of squares are used. A linear
 * change of scale that every statement shares (1–5 answers or 0–100 debt scores) changes nothing.
 */

export interface StatementReliability {
  /** Null when the statement, or the rest of its factor, did not vary. */
  itemRest: number | null;
  /** Null with fewer than three statements (two are left) or when the rest did not vary. */
  alphaIfDeleted: number | null;
}

export type Reliability =
  | { ok: true; alpha: number; statements: StatementReliability[] }
  /** The totals did not vary: alpha is 0 / 0, not a number to read. */
  | { ok: false; reason: 'no_variance' };

/**
 * Below this a sum of squares is no variation at all. Answers are whole numbers (or multiples of
 * 25 as debt scores), so any real variation over n people gives at least (n − 1) / n ≥ 0.5.
 */
const NO_SPREAD = 1e-9;

/** Alpha of k statements from the sum of their own sums of squares and that of their totals. */
function alphaFrom(k: number, itemSquares: number, totalSquares: number): number | null {
  if (k < 2 || !(totalSquares > NO_SPREAD)) return null;
  // ΣC ≤ k × trace C (Cauchy–Schwarz), so alpha ≤ 1; the min only absorbs floating-point error.
  return Math.min(1, (k / (k - 1)) * (1 - itemSquares / totalSquares));
}

/** Sum of squares about the mean of `values`. */
function squares(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let total = 0;
  for (const value of values) total += (value - mean) * (value - mean);
  return total;
}

/**
 * The figures of a factor from `rows` (one per person, one value per statement, every row the
 * same length ≥ 2). Callers check the minimum number of people first; this is the arithmetic only.
 */
export function reliabilityOf(rows: readonly (readonly number[])[]): Reliability {
  const n = rows.length;
  const k = rows[0]?.length ?? 0;
  if (k < 2) throw new Error('reliability needs at least two statements');
  if (n === 0) throw new Error('reliability needs at least one answer set');
  for (const row of rows) {
    if (row.length !== k) throw new Error('every answer set must have one value per statement');
  }
  const columns = Array.from({ length: k }, (_, i) =>
    Float64Array.from(rows, (row) => row[i] ?? 0),
  );
  const totals = Float64Array.from(rows, (row) => row.reduce((sum, value) => sum + value, 0));
  const own = columns.map(squares);
  const itemSquares = own.reduce((sum, value) => sum + value, 0);
  const alpha = alphaFrom(k, itemSquares, squares(totals));
  if (alpha === null) return { ok: false, reason: 'no_variance' };
  const statements = columns.map((column, i): StatementReliability => {
    const rest = totals.map((total, r) => total - (column[r] ?? 0));
    const restSquares = squares(rest);
    return {
      itemRest:
        (own[i] ?? 0) > NO_SPREAD && restSquares > NO_SPREAD
          ? clampCorrelation(crossProducts(column, rest) / Math.sqrt((own[i] ?? 0) * restSquares))
          : null,
      alphaIfDeleted: alphaFrom(k - 1, itemSquares - (own[i] ?? 0), restSquares),
    };
  });
  return { ok: true, alpha, statements };
}

/** Sum of cross-products of two equally long series about their means. */
function crossProducts(x: Float64Array, y: Float64Array): number {
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    sx += x[i] ?? 0;
    sy += y[i] ?? 0;
  }
  const mx = sx / x.length;
  const my = sy / y.length;
  let total = 0;
  for (let i = 0; i < x.length; i++) total += ((x[i] ?? 0) - mx) * ((y[i] ?? 0) - my);
  return total;
}

/** Rounding error can push a perfect correlation a hair past ±1. */
function clampCorrelation(r: number): number {
  return Math.max(-1, Math.min(1, r));
}
