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

interface DimensionTally {
  value: number | null;
  same: boolean;
  keyed: Set<Keyed>;
  given: number;
}

/**
 * The dimensions one participant straight-lined (as `straightLined` decides), in one pass over
 * their answers: scoring runs this for every participant, so it keeps no per-answer lists.
 */
export function straightLinedDimensions(
  row: ReadonlyMap<string, AnswerValue>,
  byId: ReadonlyMap<string, { dimension: Dimension; keyed: Keyed }>,
): Set<Dimension> {
  const tallies = new Map<Dimension, DimensionTally>();
  for (const [itemId, value] of row) {
    const item = byId.get(itemId);
    if (item === undefined || value === null) continue;
    let tally = tallies.get(item.dimension);
    if (tally === undefined) {
      tally = { value, same: true, keyed: new Set(), given: 0 };
      tallies.set(item.dimension, tally);
    }
    if (tally.value !== value) tally.same = false;
    tally.keyed.add(item.keyed);
    tally.given += 1;
  }
  const dropped = new Set<Dimension>();
  for (const [dimension, tally] of tallies) {
    if (
      tally.given >= STRAIGHT_LINE_MIN_ITEMS &&
      tally.same &&
      tally.value !== 3 &&
      tally.keyed.size === 2
    ) {
      dropped.add(dimension);
    }
  }
  return dropped;
}

/**
 * The answer table without the straight-lined dimensions: a participant's answers to a dimension
 * they straight-lined cannot be meant, so they are left out of every figure (and counted in
 * `responseStyle`); their other dimensions count as usual. Rows with nothing to drop are reused.
 */
export function withoutStraightLines(
  table: ReadonlyMap<string, ReadonlyMap<string, AnswerValue>>,
  instrument: Instrument,
): Map<string, ReadonlyMap<string, AnswerValue>> {
  const byId = new Map(instrument.items.map((item) => [item.id, item]));
  const out = new Map<string, ReadonlyMap<string, AnswerValue>>();
  for (const [participant, row] of table) {
    const dropped = straightLinedDimensions(row, byId);
    if (dropped.size === 0) {
      out.set(participant, row);
      continue;
    }
    const kept = new Map<string, AnswerValue>();
    for (const [itemId, value] of row) {
      const item = byId.get(itemId);
      if (item !== undefined && !dropped.has(item.dimension)) kept.set(itemId, value);
    }
    if (kept.size > 0) out.set(participant, kept);
  }
  return out;
}
