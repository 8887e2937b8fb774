/**
 * How the Instrument health page reads its figures in words (docs/scoring.md, "Instrument
 * health"). The cut-offs are conventions, not laws: .70 is the usual floor for a scale used to
 * compare groups, below .50 a factor's statements share too little to be read as one thing, and
 * a statement whose item–rest correlation is under .20 barely moves with the rest of its factor.
 * They are applied to the figures as shown (two decimals), so the words always match the number.
 */
export const ALPHA_CONSISTENT = 0.7;
export const ALPHA_BORDERLINE = 0.5;
export const LOW_ITEM_REST = 0.2;

export type AlphaReading = 'consistent' | 'borderline' | 'inconsistent';

export function alphaReading(alpha: number): AlphaReading {
  if (alpha >= ALPHA_CONSISTENT) return 'consistent';
  if (alpha >= ALPHA_BORDERLINE) return 'borderline';
  return 'inconsistent';
}

/** A statement that does not move with the rest of its factor. */
export function isLowItemRest(itemRest: number): boolean {
  return itemRest < LOW_ITEM_REST;
}
