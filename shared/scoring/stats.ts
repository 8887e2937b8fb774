import {
  HIGH_CAMP_MIN,
  LOW_CAMP_MAX,
  MIN_N,
  MIXED_SD,
  SPLIT_CAMP_SHARE,
  SPLIT_SD,
  type Agreement,
} from './constants';

// The tiny epsilon keeps values such as 12.35 (stored as 12.3499999…) rounding half up as a
// person with a calculator would; it is far below anything the scale can produce.
const EPSILON = 1e-9;

/** Rounds half up to one decimal; every figure is rounded as soon as it is computed. */
export function round1(value: number): number {
  const rounded = Math.round(value * 10 + EPSILON) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Rounds half up to two decimals (Cronbach's alpha). */
export function round2(value: number): number {
  const rounded = Math.round(value * 100 + EPSILON) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Plain arithmetic mean; callers pass values in a canonical order so sums are reproducible. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Population standard deviation: the room is the whole population we describe, not a sample. */
export function populationSd(values: readonly number[]): number {
  const m = mean(values);
  let sum = 0;
  for (const value of values) sum += (value - m) * (value - m);
  return Math.sqrt(sum / values.length);
}

export interface Summary {
  n: number;
  mean: number | null;
  sd: number | null;
  agreement: Agreement;
}

/** n, rounded mean and SD, and the agreement flag of a set of 0–100 scores. */
export function summarise(values: readonly number[], minN = MIN_N): Summary {
  const n = values.length;
  if (n < minN || n === 0) return { n, mean: null, sd: null, agreement: 'insufficient' };
  const sd = round1(populationSd(values));
  return { n, mean: round1(mean(values)), sd, agreement: agreementOf(values, sd) };
}

/** Split: SD ≥ 30, or a quarter of the room at each end; mixed: SD ≥ 20; else consensus. */
export function agreementOf(values: readonly number[], sd: number): Agreement {
  // Read once: an imported binding may be a getter in some module systems, costly per value.
  const lowMax = LOW_CAMP_MAX;
  const highMin = HIGH_CAMP_MIN;
  let lowCount = 0;
  let highCount = 0;
  for (const value of values) {
    if (value <= lowMax) lowCount += 1;
    if (value >= highMin) highCount += 1;
  }
  const low = lowCount / values.length;
  const high = highCount / values.length;
  if (sd >= SPLIT_SD || (low >= SPLIT_CAMP_SHARE && high >= SPLIT_CAMP_SHARE)) return 'split';
  if (sd >= MIXED_SD) return 'mixed';
  return 'consensus';
}

/** Code-unit order, never the locale's: the same strings sort the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Two-sided 95 % critical values of Student's t for 1–30 degrees of freedom. */
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
] as const;

/** t for a 95 % interval; past 30 degrees of freedom the table's tail is close to the normal's. */
export function tCritical95(df: number): number {
  if (df <= 0) return Number.POSITIVE_INFINITY;
  if (df <= T95.length) return T95[df - 1] ?? 1.96;
  if (df <= 60) return 2.0;
  if (df <= 120) return 1.98;
  return 1.96;
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * The 95 % interval of a room's mean, `centre ± t·s/√n` with the sample SD of the values and
 * clipped to the 0–100 scale: how far the figure could move if the same people answered again on
 * another day. Analytic, so the same answers always give the same interval. Null below two values.
 */
export function meanInterval(values: readonly number[], centre: number): Interval | null {
  const n = values.length;
  if (n < 2) return null;
  const m = mean(values);
  let sum = 0;
  for (const value of values) sum += (value - m) * (value - m);
  const half = (tCritical95(n - 1) * Math.sqrt(sum / (n - 1))) / Math.sqrt(n);
  return {
    low: round1(Math.max(0, centre - half)),
    high: round1(Math.min(100, centre + half)),
  };
}
