import type { AnswerValue, Dimension, Instrument, Keyed } from '../instrument/types';
import { STRAIGHT_LINE_MIN_ITEMS } from './constants';

/**
 * One participant's answers to a set of statements (a dimension, or the section on screen) are
 * straight-lined when at least STRAIGHT_LINE_MIN_ITEMS were answered 1–5, all with the same value
 * other than 3, and the statements answered are keyed both ways: agreeing (or disagreeing) that
 * something is healthy and that it is in debt at once is not an opinion. "Neither" to everything
 * is consistent, if uninformative, and is left to the intervals; "can't say" is left out.
 */
export function straightLined(answers: readonly { value: number | null; keyed: Keyed }[]): boolean {
  const given = answers.filter((answer) => answer.value !== null);
  if (given.length < STRAIGHT_LINE_MIN_ITEMS) return false;
  const values = new Set(given.map((answer) => answer.value));
  const keyings = new Set(given.map((answer) => answer.keyed));
  return values.size === 1 && !values.has(3) && keyings.size === 2;
}

/**
 * The answer table without the straight-lined dimensions: a participant's answers to a dimension
 * they straight-lined cannot be meant, so they are left out of every figure (and counted in
 * `responseStyle`); their other dimensions count as usual.
 */
export function withoutStraightLines(
  table: ReadonlyMap<string, ReadonlyMap<string, AnswerValue>>,
  instrument: Instrument,
): Map<string, Map<string, AnswerValue>> {
  const byId = new Map(instrument.items.map((item) => [item.id, item]));
  const out = new Map<string, Map<string, AnswerValue>>();
  for (const [participant, row] of table) {
    const perDimension = new Map<Dimension, { value: number | null; keyed: Keyed }[]>();
    for (const [itemId, value] of row) {
      const item = byId.get(itemId);
      if (item === undefined) continue;
      perDimension.set(item.dimension, [
        ...(perDimension.get(item.dimension) ?? []),
        { value, keyed: item.keyed },
      ]);
    }
    const dropped = new Set(
      [...perDimension].filter(([, answers]) => straightLined(answers)).map(([d]) => d),
    );
    const kept = new Map(
      [...row].filter(([itemId]) => {
        const item = byId.get(itemId);
        return item !== undefined && !dropped.has(item.dimension);
      }),
    );
    if (kept.size > 0) out.set(participant, kept);
  }
  return out;
}
