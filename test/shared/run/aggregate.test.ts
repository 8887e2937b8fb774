import { describe, expect, it } from 'vitest';
import { INSTRUMENT, itemsOf } from '../../../shared/instrument';
import {
  aggregateRound,
  completedCount,
  convergence,
  type AnswerRow,
} from '../../../shared/run/aggregate';

const items = itemsOf(INSTRUMENT, { dimension: 'technical' });
const first = items[0];
if (!first) throw new Error('no technical statements');
const factorItems = items.filter((item) => item.factor === first.factor);

function answersFor(
  people: number,
  value: (person: number, itemIndex: number) => AnswerRow['value'],
) {
  const rows: AnswerRow[] = [];
  for (let p = 0; p < people; p++) {
    factorItems.forEach((item, i) =>
      rows.push({ participantId: `secret-person-${p}`, itemId: item.id, value: value(p, i) }),
    );
  }
  return rows;
}

describe('presenter aggregates', () => {
  it('counts each answer per statement and gives the factor mean with n, nothing individual', () => {
    const rows = answersFor(5, (p) => (p % 2 === 0 ? 4 : 2));
    const result = aggregateRound(items, rows, 5);
    const statement = result.statements.find((s) => s.itemId === first.id);
    expect(statement).toEqual({
      itemId: first.id,
      suppressed: false,
      n: 5,
      cantSay: 0,
      notApplicable: 0,
      counts: [0, 2, 0, 3, 0],
    });
    const factor = result.factors.find((f) => f.factor === first.factor);
    expect(factor).toMatchObject({ suppressed: false, n: 5 });
    expect(JSON.stringify(result)).not.toContain('secret-person');
  });

  it('suppresses anything fewer than k people answered, keeping only its n', () => {
    const rows = answersFor(4, () => 5);
    const result = aggregateRound(items, rows, 5);
    expect(result.statements.find((s) => s.itemId === first.id)).toEqual({
      itemId: first.id,
      suppressed: true,
      n: 4,
    });
    expect(result.factors.find((f) => f.factor === first.factor)).toEqual({
      factor: first.factor,
      suppressed: true,
      n: 4,
    });
  });

  it("does not count can't say towards n, and reads health-keyed statements backwards", () => {
    const rows = answersFor(6, (p) => (p === 0 ? null : 5));
    const result = aggregateRound(items, rows, 5);
    const statement = result.statements.find((s) => s.itemId === first.id);
    expect(statement).toMatchObject({ n: 5, cantSay: 1, counts: [0, 0, 0, 0, 5] });
    const factor = result.factors.find((f) => f.factor === first.factor);
    const keyedHealth = factorItems.filter((i) => i.keyed === 'health').length;
    // Agreeing fully scores 100 on a debt-keyed statement and 0 on a health-keyed one.
    const expected = (100 * (factorItems.length - keyedHealth)) / factorItems.length;
    expect(factor).toMatchObject({ n: 5, mean: Math.round(expected * 100) / 100 });
  });

  it('reports convergence when a re-vote narrows the spread', () => {
    const split = aggregateRound(
      items,
      answersFor(6, (p) => (p < 3 ? 1 : 5)),
      5,
    );
    const agreed = aggregateRound(
      items,
      answersFor(6, (p) => (p < 3 ? 3 : 4)),
      5,
    );
    const change = convergence(split.statements, agreed.statements);
    expect(change?.statements).toBe(factorItems.length);
    expect(change?.change).toBeGreaterThan(1);
    expect(convergence(split.statements, aggregateRound(items, [], 5).statements)).toBeNull();
  });

  it('counts "not applicable" apart, in no n, count or mean, and as a completed answer', () => {
    const rows = answersFor(7, (p) => (p === 0 ? 'na' : p === 1 ? null : 5));
    const result = aggregateRound(items, rows, 5);
    expect(result.statements.find((s) => s.itemId === first.id)).toMatchObject({
      n: 5,
      cantSay: 1,
      notApplicable: 1,
      counts: [0, 0, 0, 0, 5],
    });
    const without = aggregateRound(
      items,
      rows.filter((row) => row.value !== 'na'),
      5,
    );
    expect(result.factors).toEqual(without.factors);
    const ids = factorItems.map((i) => i.id);
    expect(completedCount(ids, rows, ['secret-person-0', 'secret-person-1'])).toBe(2);
  });

  it('counts people who answered every statement of a section', () => {
    const rows = answersFor(3, () => 3).filter(
      (r) => !(r.participantId === 'secret-person-1' && r.itemId === first.id),
    );
    const ids = factorItems.map((i) => i.id);
    expect(
      completedCount(ids, rows, ['secret-person-0', 'secret-person-1', 'secret-person-2', 'x']),
    ).toBe(2);
  });
});
