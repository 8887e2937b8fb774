import type { AnswerValue, Dimension, Instrument, Keyed } from '../instrument/types';
import { STRAIGHT_LINE_MIN_ITEMS } from './constants';

/** What one participant answered to a set of statements, as far as straight-lining needs it. */
interface Tally {
  value: number;
  same: boolean;
  /** Which keyings were answered: KEYED_BIT of each, or-ed (a bit mask, so no set per person). */
  keyed: number;
  given: number;
}

const KEYED_BIT: Record<Keyed, number> = { debt: 1, health: 2 };
const BOTH_KEYINGS = KEYED_BIT.debt | KEYED_BIT.health;

function counted(tally: Tally | undefined, value: number, keyed: Keyed): Tally {
  if (tally === undefined) return { value, same: true, keyed: KEYED_BIT[keyed], given: 1 };
  if (tally.value !== value) tally.same = false;
  tally.keyed |= KEYED_BIT[keyed];
  tally.given += 1;
  return tally;
}

/**
 * One participant's answers to a set of statements (a dimension, or the section on screen) are
 * straight-lined when at least STRAIGHT_LINE_MIN_ITEMS were answered 1–5, all with the same value
 * other than 3, and the statements answered are keyed both ways: agreeing (or disagreeing) that
 * something is healthy and that it is in debt at once is not an opinion. "Neither" to everything
 * is consistent, if uninformative, and is left to the intervals; "can't say" is left out.
 */
function isStraightLine(tally: Tally): boolean {
  return (
    tally.given >= STRAIGHT_LINE_MIN_ITEMS &&
    tally.same &&
    tally.value !== 3 &&
    tally.keyed === BOTH_KEYINGS
  );
}

/** The rule for one list of answers: the facilitator's grid asks it row by row. */
export function straightLined(answers: readonly { value: number | null; keyed: Keyed }[]): boolean {
  let tally: Tally | undefined;
  for (const answer of answers) {
    if (answer.value !== null) tally = counted(tally, answer.value, answer.keyed);
  }
  return tally !== undefined && isStraightLine(tally);
}

/** The dimensions one participant straight-lined, in one pass over their answers. */
function straightLinedDimensions(
  row: ReadonlyMap<string, AnswerValue>,
  byId: ReadonlyMap<string, { dimension: Dimension; keyed: Keyed }>,
): Set<Dimension> {
  const tallies = new Map<Dimension, Tally>();
  for (const [itemId, value] of row) {
    const item = byId.get(itemId);
    if (item === undefined || value === null) continue;
    tallies.set(item.dimension, counted(tallies.get(item.dimension), value, item.keyed));
  }
  const dropped = new Set<Dimension>();
  for (const [dimension, tally] of tallies) if (isStraightLine(tally)) dropped.add(dimension);
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
