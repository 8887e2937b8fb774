import { meetsThreshold } from '../disclosure/suppression';
import { itemDebtScore } from '../scoring/model';
import { NOT_APPLICABLE, type Factor, type InstrumentItem } from '../instrument/types';

/** One stored answer as the aggregate builder reads it; the participant id never leaves it. */
export interface AnswerRow {
  participantId: string;
  itemId: string;
  value: number | null | typeof NOT_APPLICABLE;
}

/**
 * How the room answered one statement: counts per scale point, or only n when below k. "Not
 * applicable" is counted beside "can't say" and, like it, adds to no count or mean.
 */
export type StatementAggregate =
  | {
      itemId: string;
      suppressed: false;
      n: number;
      cantSay: number;
      notApplicable: number;
      counts: number[];
    }
  | { itemId: string; suppressed: true; n: number };

/** A factor's mean debt score (0 = healthy … 100 = heavy debt), over n participants. */
export type FactorAggregate =
  | { factor: Factor; suppressed: false; n: number; mean: number; spread: number }
  | { factor: Factor; suppressed: true; n: number };

export interface RoundAggregate {
  statements: StatementAggregate[];
  factors: FactorAggregate[];
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function standardDeviation(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return Math.sqrt(variance);
}

/**
 * The same 0–100 debt score the results and the report use (health-keyed statements read
 * backwards), so the projector and the report never show the room two scales.
 */
function debtValue(item: InstrumentItem, value: number): number {
  return itemDebtScore(value as 1 | 2 | 3 | 4 | 5, item.keyed);
}

/**
 * What a projector may show of one round: per statement the count of each answer, per factor the
 * mean with its n. Anything fewer than `k` people answered keeps only its n. The result holds no
 * participant id, alias or single answer, whatever the input.
 */
export function aggregateRound(
  items: readonly InstrumentItem[],
  answers: readonly AnswerRow[],
  k: number,
): RoundAggregate {
  const byItem = new Map<string, AnswerRow[]>();
  for (const answer of answers) {
    const list = byItem.get(answer.itemId);
    if (list) list.push(answer);
    else byItem.set(answer.itemId, [answer]);
  }

  const statements: StatementAggregate[] = items.map((item) => {
    const rows = byItem.get(item.id) ?? [];
    const counts = [0, 0, 0, 0, 0];
    let cantSay = 0;
    let notApplicable = 0;
    for (const row of rows) {
      if (row.value === null) cantSay += 1;
      else if (row.value === NOT_APPLICABLE) notApplicable += 1;
      else if (row.value >= 1 && row.value <= 5)
        counts[row.value - 1] = (counts[row.value - 1] ?? 0) + 1;
    }
    const n = counts.reduce((sum, count) => sum + count, 0);
    return !meetsThreshold(n, k)
      ? { itemId: item.id, suppressed: true, n }
      : { itemId: item.id, suppressed: false, n, cantSay, notApplicable, counts };
  });

  const factorOrder: Factor[] = [];
  const perFactor = new Map<Factor, Map<string, number[]>>();
  for (const item of items) {
    let people = perFactor.get(item.factor);
    if (!people) {
      people = new Map();
      perFactor.set(item.factor, people);
      factorOrder.push(item.factor);
    }
    for (const row of byItem.get(item.id) ?? []) {
      if (typeof row.value !== 'number' || row.value < 1 || row.value > 5) continue;
      const values = people.get(row.participantId);
      const scored = debtValue(item, row.value);
      if (values) values.push(scored);
      else people.set(row.participantId, [scored]);
    }
  }
  const factors: FactorAggregate[] = factorOrder.map((factor) => {
    const people = perFactor.get(factor) ?? new Map<string, number[]>();
    const means = [...people.values()].map((v) => v.reduce((s, x) => s + x, 0) / v.length);
    const n = means.length;
    if (!meetsThreshold(n, k)) return { factor, suppressed: true, n };
    const mean = means.reduce((sum, value) => sum + value, 0) / n;
    return {
      factor,
      suppressed: false,
      n,
      mean: round2(mean),
      spread: round2(standardDeviation(means)),
    };
  });

  return { statements, factors };
}

/** The spread (standard deviation) of a shown statement's answers. */
export function statementSpread(statement: StatementAggregate): number | null {
  if (statement.suppressed) return null;
  const values: number[] = [];
  statement.counts.forEach((count, index) => {
    for (let i = 0; i < count; i++) values.push(index + 1);
  });
  return standardDeviation(values);
}

/**
 * How far the room converged between two rounds: the mean spread of the statements shown in both,
 * before and after. Positive `change` means the room moved closer together.
 */
export function convergence(
  first: readonly StatementAggregate[],
  second: readonly StatementAggregate[],
): { statements: number; spreadBefore: number; spreadAfter: number; change: number } | null {
  const later = new Map(second.map((statement) => [statement.itemId, statement]));
  const before: number[] = [];
  const after: number[] = [];
  for (const statement of first) {
    const other = later.get(statement.itemId);
    const a = statementSpread(statement);
    const b = other ? statementSpread(other) : null;
    if (a === null || b === null) continue;
    before.push(a);
    after.push(b);
  }
  if (before.length === 0) return null;
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const spreadBefore = round2(mean(before));
  const spreadAfter = round2(mean(after));
  return {
    statements: before.length,
    spreadBefore,
    spreadAfter,
    change: round2(spreadBefore - spreadAfter),
  };
}

/** Participants who answered every one of `itemIds` ("can't say" and "not applicable" count). */
export function completedCount(
  itemIds: readonly string[],
  answers: readonly AnswerRow[],
  participantIds: readonly string[],
): number {
  if (itemIds.length === 0) return 0;
  const wanted = new Set(itemIds);
  const answered = new Map<string, Set<string>>();
  for (const answer of answers) {
    if (!wanted.has(answer.itemId)) continue;
    let set = answered.get(answer.participantId);
    if (!set) {
      set = new Set();
      answered.set(answer.participantId, set);
    }
    set.add(answer.itemId);
  }
  return participantIds.filter((id) => (answered.get(id)?.size ?? 0) === wanted.size).length;
}
