/**
 * Internal consistency of one factor from complete answer sets: Cronbach's alpha, each
 * statement's corrected item–rest correlation and alpha with the statement left out.
 *
 * Everything comes from one covariance matrix C of the statements (k × k, over the n people):
 *   alpha           = k / (k − 1) × (1 − trace C / ΣC)         (ΣC is the variance of the totals)
 *   item–rest r_i   = Σ_{j≠i} C_ij / √(C_ii × var(rest_i)),   var(rest_i) = ΣC − 2 Σ_j C_ij + C_ii
 *   alpha without i = the alpha formula on C with row and column i removed
 * Dividing C by n or by n − 1 cancels in every ratio, so population sums are used. A linear change
 * of scale that every statement shares (1–5 answers or 0–100 debt scores) leaves all three alike.
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

/** Alpha of k statements whose covariance matrix has this trace and sum; null when ΣC is 0. */
function alphaFrom(k: number, trace: number, total: number): number | null {
  if (k < 2 || !(total > 0)) return null;
  // ΣC ≤ k × trace C (Cauchy–Schwarz), so alpha ≤ 1; the min only absorbs floating-point error.
  return Math.min(1, (k / (k - 1)) * (1 - trace / total));
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
  const means = new Float64Array(k);
  for (const row of rows) {
    if (row.length !== k) throw new Error('every answer set must have one value per statement');
    for (let i = 0; i < k; i++) means[i] = (means[i] ?? 0) + (row[i] ?? 0);
  }
  for (let i = 0; i < k; i++) means[i] = (means[i] ?? 0) / n;
  // Sums of cross-products about the means (C × n), row-major.
  const c = new Float64Array(k * k);
  for (const row of rows) {
    for (let i = 0; i < k; i++) {
      const di = (row[i] ?? 0) - (means[i] ?? 0);
      for (let j = i; j < k; j++) {
        c[i * k + j] = (c[i * k + j] ?? 0) + di * ((row[j] ?? 0) - (means[j] ?? 0));
      }
    }
  }
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) c[i * k + j] = c[j * k + i] ?? 0;
  let trace = 0;
  let total = 0;
  const rowSums = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    trace += c[i * k + i] ?? 0;
    for (let j = 0; j < k; j++) rowSums[i] = (rowSums[i] ?? 0) + (c[i * k + j] ?? 0);
    total += rowSums[i] ?? 0;
  }
  const alpha = alphaFrom(k, trace, total);
  if (alpha === null) return { ok: false, reason: 'no_variance' };
  const statements = Array.from({ length: k }, (_, i): StatementReliability => {
    const own = c[i * k + i] ?? 0;
    const withRest = (rowSums[i] ?? 0) - own;
    const rest = total - 2 * (rowSums[i] ?? 0) + own;
    return {
      itemRest: own > 0 && rest > 0 ? clampCorrelation(withRest / Math.sqrt(own * rest)) : null,
      alphaIfDeleted: alphaFrom(k - 1, trace - own, rest),
    };
  });
  return { ok: true, alpha, statements };
}

/** Rounding error can push a perfect correlation a hair past ±1. */
function clampCorrelation(r: number): number {
  return Math.max(-1, Math.min(1, r));
}
