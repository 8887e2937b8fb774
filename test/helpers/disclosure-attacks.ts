// What a curious reader can do with the app's outputs, written as code so the tests can try it on
// every output and every pair of outputs (docs/anonymity.md, "Attacks the tests run").
import type { Instrument } from '../../shared/instrument/types';
import { DIMENSION_PREFIX } from '../../shared/instrument/types';
import { itemDebtScore } from '../../shared/scoring/model';
import { csvRecords } from './csv-reader';

export { csvRecords, parseCsv } from './csv-reader';

/** A figure a reader sees or works out: who it is about (a role, or a remainder), n and mean. */
export interface KnownFigure {
  factor: string;
  about: string;
  n: number;
  mean: number;
  sd: number | null;
}

/**
 * Subtraction: from the aggregates CSV, the whole room's figure minus the shown role groups'
 * figures gives the hidden rest — its n and its mean. Returns one remainder per factor that has
 * hidden people, plus every figure shown as it is.
 */
export function subtractionAttack(aggregatesCsvText: string): {
  shown: KnownFigure[];
  remainders: KnownFigure[];
} {
  const records = csvRecords(aggregatesCsvText);
  const shown: KnownFigure[] = [];
  const remainders: KnownFigure[] = [];
  const factors = [...new Set(records.map((record) => record.factor ?? ''))];
  for (const factor of factors) {
    const own = records.filter((record) => record.factor === factor);
    const overall = own.find((record) => record.scope === 'overall');
    const cells = own.filter(
      (record) => record.scope === 'role' && record.n !== '' && record.mean !== '',
    );
    for (const cell of cells) {
      shown.push({
        factor,
        about: `role:${cell.role ?? ''}`,
        n: Number(cell.n),
        mean: Number(cell.mean),
        sd: cell.sd === '' ? null : Number(cell.sd),
      });
    }
    if (overall === undefined || overall.n === '' || overall.mean === '') continue;
    const n = Number(overall.n) - cells.reduce((sum, cell) => sum + Number(cell.n), 0);
    if (n <= 0) continue;
    const total =
      Number(overall.n) * Number(overall.mean) -
      cells.reduce((sum, cell) => sum + Number(cell.n) * Number(cell.mean), 0);
    remainders.push({ factor, about: 'remainder', n, mean: total / n, sd: null });
  }
  return { shown, remainders };
}

/** Each alias's factor scores, read from a CSV that lists answers by alias (none if it does not). */
export function personVectors(
  csvText: string,
  instrument: Instrument,
): Map<string, { role: string; factors: Map<string, number> }> {
  const records = csvRecords(csvText);
  const people = new Map<string, { role: string; debts: Map<string, number[]> }>();
  const items = new Map(instrument.items.map((item) => [item.id, item]));
  for (const record of records) {
    const alias = record.participant;
    const item = items.get(record.item ?? '');
    if (alias === undefined || item === undefined || record.round !== '1' || record.value === '')
      continue;
    const person = people.get(alias) ?? { role: record.role ?? '', debts: new Map() };
    const factor = `${DIMENSION_PREFIX[item.dimension]}.${item.factor}`;
    const value = Number(record.value) as 1 | 2 | 3 | 4 | 5;
    person.debts.set(factor, [
      ...(person.debts.get(factor) ?? []),
      itemDebtScore(value, item.keyed),
    ]);
    people.set(alias, person);
  }
  const round1 = (value: number) => Math.round(value * 10) / 10;
  return new Map(
    [...people].map(([alias, person]) => [
      alias,
      {
        role: person.role,
        factors: new Map(
          [...person.debts].map(([factor, debts]) => [
            factor,
            round1(debts.reduce((sum, debt) => sum + debt, 0) / debts.length),
          ]),
        ),
      },
    ]),
  );
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function* subsets<T>(pool: readonly T[], size: number, start = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= pool.length - size; i++) {
    const head = pool[i];
    if (head === undefined) continue;
    for (const rest of subsets(pool, size - 1, i + 1)) yield [head, ...rest];
  }
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

/** Past this many subsets the search is left out (the test says how many it tried). */
export const MAX_SUBSETS = 20_000;

/**
 * Subset matching: among the aliases whose role is hidden, the subsets of the figure's size whose
 * factor scores give the figure's mean (and SD when shown), as the figure is printed (one
 * decimal). `null` when the search is too large to run here.
 */
export function matchingSubsets(
  pool: ReadonlyMap<string, Map<string, number>>,
  figure: KnownFigure,
): string[][] | null {
  const candidates = [...pool]
    .filter(([, factors]) => factors.has(figure.factor))
    .map(([alias]) => alias)
    .sort();
  if (figure.n > candidates.length) return [];
  if (binomial(candidates.length, figure.n) > MAX_SUBSETS) return null;
  const matches: string[][] = [];
  for (const subset of subsets(candidates, figure.n)) {
    const scores = subset.map((alias) => pool.get(alias)?.get(figure.factor) ?? 0);
    const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    if (Math.abs(round1(mean) - figure.mean) > 0.051) continue;
    if (figure.sd !== null) {
      const sd = Math.sqrt(
        scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / scores.length,
      );
      if (Math.abs(round1(sd) - figure.sd) > 0.051) continue;
    }
    matches.push(subset);
  }
  return matches;
}
