import type { WorkshopFile } from '../format/workshop-file';
import type { Dimension, Instrument, Keyed } from '../instrument/types';
import { DIMENSIONS } from '../instrument/types';
import { STRAIGHT_LINE_MIN_ITEMS } from './constants';

/** A cell nobody filled: no answer to this statement from this participant in this round. */
export const NO_ANSWER = 0;
/** "Can't say": the statement applies, the participant does not know. Answers are 1–5. */
export const CANT_SAY = 6;

/**
 * One round's answers as a dense participants × statements grid (row-major, participants in
 * code-unit order of their ids, statements in instrument order). Scoring walks it many times, once
 * per figure; a typed array built once makes each walk index arithmetic instead of two map
 * look-ups per cell. The same data as `collectAnswers`, cell for cell.
 */
export interface AnswerMatrix {
  participants: readonly string[];
  items: number;
  cells: Uint8Array;
}

/** What scoring needs of each statement by position, looked up once per instrument. */
export interface ItemLayout {
  /** Statement id → column. */
  column: ReadonlyMap<string, number>;
  /** Column → index into DIMENSIONS. */
  dimension: Uint8Array;
  /** Column → KEYED_BIT of its keying. */
  keyed: Uint8Array;
  /**
   * Debt score (0–100) of each code per column, at `column * 8 + code`: the very float
   * `itemDebtScore` gives, so sums are byte-identical to summing its results.
   */
  debt: Float64Array;
}

/** 0–100 debt score of one answer: agreement is debt for `debt` items, health for `health` items. */
export function itemDebtScore(value: 1 | 2 | 3 | 4 | 5, keyed: Keyed): number {
  return keyed === 'debt' ? ((value - 1) / 4) * 100 : ((5 - value) / 4) * 100;
}

const KEYED_BIT: Record<Keyed, number> = { debt: 1, health: 2 };
const BOTH_KEYINGS = KEYED_BIT.debt | KEYED_BIT.health;
const DIMENSION_INDEX = new Map<Dimension, number>(DIMENSIONS.map((id, index) => [id, index]));

const layouts = new WeakMap<Instrument, ItemLayout>();

/** The instrument's statements by column; computed once per instrument object and reused. */
export function itemLayout(instrument: Instrument): ItemLayout {
  const known = layouts.get(instrument);
  if (known !== undefined) return known;
  const count = instrument.items.length;
  const layout: ItemLayout = {
    column: new Map(instrument.items.map((item, index) => [item.id, index])),
    dimension: new Uint8Array(count),
    keyed: new Uint8Array(count),
    debt: new Float64Array(count * 8),
  };
  instrument.items.forEach((item, index) => {
    layout.dimension[index] = DIMENSION_INDEX.get(item.dimension) ?? 0;
    layout.keyed[index] = KEYED_BIT[item.keyed];
    for (const value of [1, 2, 3, 4, 5] as const) {
      layout.debt[index * 8 + value] = itemDebtScore(value, item.keyed);
    }
  });
  layouts.set(instrument, layout);
  return layout;
}

/** Rank of a code when one cell is given twice: any answer beats none, a value beats "can't say". */
const rank = (code: number): number => (code === NO_ANSWER ? -1 : code === CANT_SAY ? 0 : code);

/** The cell code of an answer, or NO_ANSWER for anything else scoring does not count. */
function codeOf(value: unknown): number {
  if (value === null) return CANT_SAY;
  if (value === 1 || value === 2 || value === 3 || value === 4 || value === 5) return value;
  // Any other value (such as "not applicable to my role") adds to no mean, agreement or count.
  return NO_ANSWER;
}

/**
 * Both rounds' grids of known participants' answers to known statements. Validation refuses
 * duplicates; should one slip through, the highest value wins (as in `collectAnswers`) so the
 * result never depends on order.
 */
export function collectMatrices(
  file: { readonly responses: readonly WorkshopFile['responses'][number][] },
  layout: ItemLayout,
  participants: readonly string[],
): Record<1 | 2, AnswerMatrix> {
  const items = layout.dimension.length;
  const row = new Map(participants.map((id, index) => [id, index]));
  const first = new Uint8Array(participants.length * items);
  const second = new Uint8Array(participants.length * items);
  for (const response of file.responses) {
    const column = layout.column.get(response.item);
    if (column === undefined) continue;
    const person = row.get(response.participant);
    if (person === undefined) continue;
    const code = codeOf(response.value);
    if (code === NO_ANSWER) continue;
    const cells = response.round === 2 ? second : first;
    const at = person * items + column;
    if (rank(code) > rank(cells[at] ?? NO_ANSWER)) cells[at] = code;
  }
  return {
    1: { participants, items, cells: first },
    2: { participants, items, cells: second },
  };
}

export interface CountedAnswers {
  matrix: AnswerMatrix;
  /** How many participants had at least one dimension left out as straight-lined. */
  straightLiners: number;
}

/**
 * The grid without straight-lined dimensions (the rule is `straightLined` in response-style.ts):
 * per participant and dimension, the answers 1–5 given are tallied, and a dimension answered with
 * one value other than 3 to at least STRAIGHT_LINE_MIN_ITEMS statements keyed both ways is
 * emptied. The input is left as it is; the fingerprint still hashes every answer given.
 */
export function withoutStraightLinedCells(
  matrix: AnswerMatrix,
  layout: ItemLayout,
): CountedAnswers {
  const { items } = matrix;
  const dimensions = DIMENSIONS.length;
  const minItems = STRAIGHT_LINE_MIN_ITEMS;
  const cells = matrix.cells.slice();
  // Per dimension: the first value given, whether all were that value, keyings seen and count.
  const value = new Uint8Array(dimensions);
  const same = new Uint8Array(dimensions);
  const keyed = new Uint8Array(dimensions);
  const given = new Uint16Array(dimensions);
  let straightLiners = 0;
  for (let person = 0; person < matrix.participants.length; person++) {
    const start = person * items;
    value.fill(0);
    same.fill(1);
    keyed.fill(0);
    given.fill(0);
    for (let column = 0; column < items; column++) {
      const code = cells[start + column] ?? NO_ANSWER;
      if (code === NO_ANSWER || code === CANT_SAY) continue;
      const dimension = layout.dimension[column] ?? 0;
      if (given[dimension] === 0) value[dimension] = code;
      else if (value[dimension] !== code) same[dimension] = 0;
      keyed[dimension] = (keyed[dimension] ?? 0) | (layout.keyed[column] ?? 0);
      given[dimension] = (given[dimension] ?? 0) + 1;
    }
    let dropped = 0;
    for (let dimension = 0; dimension < dimensions; dimension++) {
      if (
        (given[dimension] ?? 0) >= minItems &&
        same[dimension] === 1 &&
        value[dimension] !== 3 &&
        keyed[dimension] === BOTH_KEYINGS
      ) {
        dropped |= 1 << dimension;
      }
    }
    if (dropped === 0) continue;
    straightLiners += 1;
    for (let column = 0; column < items; column++) {
      if ((dropped >> (layout.dimension[column] ?? 0)) & 1) cells[start + column] = NO_ANSWER;
    }
  }
  return { matrix: { ...matrix, cells }, straightLiners };
}

// The walks below live beside the codes they test: scoring calls them per factor, statement or
// participant, and each keeps its loop over the cells free of calls.

/**
 * One factor's cells per participant, written into the given arrays (one slot per participant):
 * the sum of debt scores of the answers 1–5 in statement order (as `mean` would add them), how many
 * there were, and whether any cell was filled at all ("can't say" included).
 */
export function factorTotals(
  matrix: AnswerMatrix,
  columns: Int32Array,
  layout: ItemLayout,
  sums: Float64Array,
  given: Int32Array,
  seen: Uint8Array,
): void {
  const { cells, items } = matrix;
  const debt = layout.debt;
  for (let person = 0; person < matrix.participants.length; person++) {
    const start = person * items;
    let sum = 0;
    let count = 0;
    let filled = 0;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] ?? 0;
      const code = cells[start + column] ?? NO_ANSWER;
      if (code === NO_ANSWER) continue;
      filled = 1;
      if (code === CANT_SAY) continue;
      sum += debt[column * 8 + code] ?? 0;
      count += 1;
    }
    sums[person] = sum;
    given[person] = count;
    seen[person] = filled;
  }
}

export interface ColumnTally {
  /** How many answered 1, 2, 3, 4 and 5. */
  values: [number, number, number, number, number];
  cantSay: number;
  /** Debt scores of the answers 1–5, in participant order. */
  debts: number[];
}

/** One statement's answers down its column. */
export function columnTally(matrix: AnswerMatrix, column: number, layout: ItemLayout): ColumnTally {
  const tally: ColumnTally = { values: [0, 0, 0, 0, 0], cantSay: 0, debts: [] };
  const { cells, items } = matrix;
  const end = matrix.participants.length * items;
  for (let at = column; at < end; at += items) {
    const code = cells[at] ?? NO_ANSWER;
    if (code === NO_ANSWER) continue;
    if (code === CANT_SAY) {
      tally.cantSay++;
      continue;
    }
    tally.values[(code - 1) as 0 | 1 | 2 | 3 | 4]++;
    tally.debts.push(layout.debt[column * 8 + code] ?? 0);
  }
  return tally;
}

/**
 * The sample variance (n − 1) of one statement's raw answers 1–5, or null below two answers. The
 * mean is the integer sum over n, and the squares are added in participant order.
 */
export function columnVariance(matrix: AnswerMatrix, column: number): number | null {
  const { cells, items } = matrix;
  const end = matrix.participants.length * items;
  let sum = 0;
  let n = 0;
  for (let at = column; at < end; at += items) {
    const code = cells[at] ?? NO_ANSWER;
    if (code === NO_ANSWER || code === CANT_SAY) continue;
    sum += code;
    n += 1;
  }
  if (n < 2) return null;
  const m = sum / n;
  let squares = 0;
  for (let at = column; at < end; at += items) {
    const code = cells[at] ?? NO_ANSWER;
    if (code === NO_ANSWER || code === CANT_SAY) continue;
    squares += (code - m) * (code - m);
  }
  return squares / (n - 1);
}

export interface CellCounts {
  /** Answers 1–5. */
  answers: number;
  cantSay: number;
  /** The sum of the answers 1–5 (raw agreement, before keying). */
  total: number;
}

export function countCells(matrix: AnswerMatrix): CellCounts {
  let answers = 0;
  let cantSay = 0;
  let total = 0;
  for (const code of matrix.cells) {
    if (code === NO_ANSWER) continue;
    if (code === CANT_SAY) cantSay += 1;
    else {
      answers += 1;
      total += code;
    }
  }
  return { answers, cantSay, total };
}

/** Per participant, a bit per dimension (DIMENSIONS order) in which they gave an answer 1–5. */
export function answeredDimensions(matrix: AnswerMatrix, layout: ItemLayout): Uint8Array {
  const { cells, items } = matrix;
  const answered = new Uint8Array(matrix.participants.length);
  for (let person = 0; person < answered.length; person++) {
    let bits = 0;
    const start = person * items;
    for (let column = 0; column < items; column++) {
      const code = cells[start + column] ?? NO_ANSWER;
      if (code !== NO_ANSWER && code !== CANT_SAY) bits |= 1 << (layout.dimension[column] ?? 0);
    }
    answered[person] = bits;
  }
  return answered;
}
