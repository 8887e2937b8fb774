import { DIMENSIONS, type Dimension } from '../instrument/types';
import type { Agreement } from '../scoring/constants';
import type { ConvergenceFactor, ScoreResult } from '../scoring/result';
import { clamp, compareFactors, r2 } from './geometry';

export type StripMode = 'items' | 'factors';

/** Bar slots: raw answers 1–5 for statements, 20-point debt bins for factors, then "can't say". */
export type StripSlot =
  'v1' | 'v2' | 'v3' | 'v4' | 'v5' | 'b0' | 'b1' | 'b2' | 'b3' | 'b4' | 'cantSay';

export interface StripBar {
  slot: StripSlot;
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  /** Share of the row's answers, "can't say" included, 0–1. */
  share: number;
  textX: number;
  textY: number;
}

export interface RoundWhisker {
  round: 1 | 2;
  n: number;
  mean: number;
  sd: number | null;
  y: number;
  x: number;
  low: number;
  high: number;
}

export interface StripRevote {
  direction: ConvergenceFactor['direction'];
  meanChange: number | null;
  sdChange: number | null;
  whiskers: RoundWhisker[];
  textX: number;
  textY: number;
}

export interface StripRow {
  key: string;
  /** Statement id in `items` mode, factor id in `factors` mode. */
  id: string;
  factorId: string;
  dimension: Dimension;
  keyed: 'debt' | 'health' | null;
  n: number;
  cantSay: number;
  mean: number | null;
  sd: number | null;
  agreement: Agreement;
  split: boolean;
  y: number;
  height: number;
  labelY: number;
  bars: StripBar[];
  revote: StripRevote | null;
  flag: { x: number; y: number } | null;
}

export interface StripsLayout {
  mode: StripMode;
  width: number;
  height: number;
  header: { y: number; slots: { slot: StripSlot; x: number }[] };
  /** Present when some row has a re-vote: the 0–100 axis the whiskers are drawn on. */
  revoteAxis: { x0: number; x1: number; y: number; ticks: { value: number; x: number }[] } | null;
  rows: StripRow[];
}

export interface StripsOptions {
  mode?: StripMode;
  dimension?: Dimension;
  /** Only this factor's statements (items mode) or only this factor (factors mode). */
  factorId?: string;
}

const LABEL_WIDTH = 300;
const BAR_WIDTH = 34;
const BAR_GAP = 10;
const BAR_MAX = 28;
const ROW_HEIGHT = 48;
const HEADER = 44;
// Flag column right after the bars, then the round comparison, so neither overlaps the other.
const FLAG_X = 572;
const REVOTE_X0 = 710;
const REVOTE_X1 = 910;
const WIDTH_PLAIN = 700;
const WIDTH_REVOTE = 1070;
const ITEM_SLOTS: StripSlot[] = ['v1', 'v2', 'v3', 'v4', 'v5', 'cantSay'];
const FACTOR_SLOTS: StripSlot[] = ['b0', 'b1', 'b2', 'b3', 'b4', 'cantSay'];

function slotX(index: number): number {
  return LABEL_WIDTH + index * (BAR_WIDTH + BAR_GAP);
}

function bars(slots: readonly StripSlot[], counts: readonly number[], top: number): StripBar[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const base = top + ROW_HEIGHT - 10;
  return slots.map((slot, index) => {
    const count = counts[index] ?? 0;
    const share = total === 0 ? 0 : count / total;
    const height = r2(BAR_MAX * share);
    const x = slotX(index);
    return {
      slot,
      x,
      y: r2(base - height),
      width: BAR_WIDTH,
      height,
      count,
      share: r2(share),
      textX: r2(x + BAR_WIDTH / 2),
      textY: r2(base - height - 3),
    };
  });
}

const toRevoteX = (value: number) =>
  r2(REVOTE_X0 + ((REVOTE_X1 - REVOTE_X0) * clamp(value, 0, 100)) / 100);

function revoteOf(entry: ConvergenceFactor | undefined, top: number): StripRevote | null {
  if (entry === undefined) return null;
  const whiskers: RoundWhisker[] = [];
  const figures = [entry.round1, entry.round2] as const;
  figures.forEach((figure, index) => {
    if (figure.mean === null) return;
    const sd = figure.sd ?? 0;
    whiskers.push({
      round: index === 0 ? 1 : 2,
      n: figure.n,
      mean: figure.mean,
      sd: figure.sd,
      y: r2(top + 16 + index * 16),
      x: toRevoteX(figure.mean),
      low: toRevoteX(figure.mean - sd),
      high: toRevoteX(figure.mean + sd),
    });
  });
  return {
    direction: entry.direction,
    meanChange: entry.meanChange,
    sdChange: entry.sdChange,
    whiskers,
    textX: REVOTE_X1 + 10,
    textY: r2(top + 29),
  };
}

/**
 * Distribution strips: one row per statement (answers 1–5 and "can't say") or per factor
 * (participants' factor scores in 20-point bins), with round 1 beside the re-vote for factors
 * and split rooms flagged with a marker and words.
 */
export function distributionLayout(
  input: Pick<ScoreResult, 'items' | 'factors' | 'convergence'>,
  options: StripsOptions = {},
): StripsLayout {
  const mode = options.mode ?? 'factors';
  const keep = (dimension: Dimension, factorId: string) =>
    (options.dimension === undefined || options.dimension === dimension) &&
    (options.factorId === undefined || options.factorId === factorId);
  const convergence = new Map(
    input.convergence.hasRound2 ? input.convergence.factors.map((entry) => [entry.id, entry]) : [],
  );
  const rows: StripRow[] = [];
  let y = HEADER;

  const pushRow = (
    row: Omit<StripRow, 'y' | 'height' | 'labelY' | 'bars' | 'revote' | 'flag'>,
    counts: number[],
  ) => {
    const revote = mode === 'factors' ? revoteOf(convergence.get(row.id), y) : null;
    rows.push({
      ...row,
      y,
      height: ROW_HEIGHT,
      labelY: r2(y + ROW_HEIGHT / 2 + 5),
      bars: bars(mode === 'items' ? ITEM_SLOTS : FACTOR_SLOTS, counts, y),
      revote,
      flag: row.split ? { x: FLAG_X, y: r2(y + ROW_HEIGHT / 2) } : null,
    });
    y += ROW_HEIGHT;
  };

  if (mode === 'items') {
    const factorRank = new Map(
      [...input.factors].sort(compareFactors).map((factor, index) => [factor.id, index]),
    );
    const items = [...input.items].sort(
      (a, b) =>
        DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) ||
        (factorRank.get(a.factor) ?? 0) - (factorRank.get(b.factor) ?? 0) ||
        a.id.localeCompare(b.id, 'en', { numeric: true }),
    );
    for (const item of items) {
      if (!keep(item.dimension, item.factor)) continue;
      pushRow(
        {
          key: `item:${item.id}`,
          id: item.id,
          factorId: item.factor,
          dimension: item.dimension,
          keyed: item.keyed,
          n: item.n,
          cantSay: item.distribution.cantSay,
          mean: item.mean,
          sd: item.sd,
          agreement: item.agreement,
          split: item.agreement === 'split',
        },
        [...item.distribution.values, item.distribution.cantSay],
      );
    }
  } else {
    for (const factor of [...input.factors].sort(compareFactors)) {
      if (!keep(factor.dimension, factor.id)) continue;
      pushRow(
        {
          key: `factor:${factor.id}`,
          id: factor.id,
          factorId: factor.id,
          dimension: factor.dimension,
          keyed: null,
          n: factor.n,
          cantSay: factor.cantSay,
          mean: factor.mean,
          sd: factor.sd,
          agreement: factor.agreement,
          split: factor.agreement === 'split',
        },
        [...factor.bins, factor.cantSay],
      );
    }
  }

  const slots = (mode === 'items' ? ITEM_SLOTS : FACTOR_SLOTS).map((slot, index) => ({
    slot,
    x: r2(slotX(index) + BAR_WIDTH / 2),
  }));
  const hasRevote = rows.some((row) => row.revote !== null);
  return {
    mode,
    width: hasRevote ? WIDTH_REVOTE : WIDTH_PLAIN,
    height: y + 8,
    header: { y: HEADER - 14, slots },
    revoteAxis: hasRevote
      ? {
          x0: REVOTE_X0,
          x1: REVOTE_X1,
          y: HEADER - 14,
          ticks: [0, 50, 100].map((value) => ({ value, x: toRevoteX(value) })),
        }
      : null,
    rows,
  };
}
