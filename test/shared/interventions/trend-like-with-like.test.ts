import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkshopFile } from '../../../shared/format/workshop-file';
import { INSTRUMENT_V1 } from '../../../shared/instrument';
import { buildTrend, type TrendInputWorkshop } from '../../../shared/interventions';
import { scoreWorkshop } from '../../../shared/scoring';

const sample = WorkshopFile.parse(JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8')));
const withEvidence = scoreWorkshop(sample, INSTRUMENT_V1);
// The same room's answers, with neither a Reality Check nor a Decision Replay.
const withoutEvidence = scoreWorkshop(
  { ...sample, realityCheck: [], decisions: [] },
  INSTRUMENT_V1,
);

const chain = (
  first: TrendInputWorkshop['result'],
  second: TrendInputWorkshop['result'],
): TrendInputWorkshop[] => [
  { id: 'w1', title: 'First', date: '2025-11-20', team: 'Payments', result: first },
  { id: 'w2', title: 'Second', date: '2026-02-20', team: 'Payments', result: second },
];

const series = (trend: ReturnType<typeof buildTrend>, id: string) =>
  trend.indices.find((entry) => entry.id === id);

describe('the trend compares like with like', () => {
  it('the sample shows why: evidence alone moves its headline', () => {
    expect(withEvidence.indices.executionGap).not.toBeNull();
    expect(withoutEvidence.indices.executionGap).toBeNull();
    expect(withEvidence.indices.executionDebt).toBe(withoutEvidence.indices.executionDebt);
    expect(withEvidence.indices.executionDebtIndex ?? 0).toBeGreaterThan(
      (withoutEvidence.indices.executionDebtIndex ?? 0) + 5,
    );
  });

  it('withholds the headline change when only the earlier workshop had evidence', () => {
    const trend = buildTrend(chain(withEvidence, withoutEvidence), []);
    expect(trend.workshops.map((workshop) => workshop.evidence)).toEqual([true, false]);
    const headline = series(trend, 'executionDebtIndex');
    // Both figures are still shown, each for its own workshop; only the comparison is withheld.
    expect(headline?.points.map((point) => point.value)).toEqual([
      withEvidence.indices.executionDebtIndex,
      withoutEvidence.indices.executionDebtIndex,
    ]);
    expect(headline).toMatchObject({
      change: null,
      direction: 'insufficient',
      incomparable: 'evidence_missing',
    });
    expect(series(trend, 'executionGap')).toMatchObject({
      change: null,
      incomparable: 'evidence_missing',
    });
    // The perceived structural index is compared always: the same answers, no change.
    expect(series(trend, 'executionDebt')).toMatchObject({
      change: 0,
      direction: 'unchanged',
      incomparable: null,
    });
  });

  it('withholds it too when only the follow-up has evidence, or neither has', () => {
    for (const [first, second] of [
      [withoutEvidence, withEvidence],
      [withoutEvidence, withoutEvidence],
    ] as const) {
      const headline = series(buildTrend(chain(first, second), []), 'executionDebtIndex');
      expect(headline).toMatchObject({ change: null, incomparable: 'evidence_missing' });
    }
  });

  it('compares the headline when both workshops have evidence', () => {
    const trend = buildTrend(chain(withEvidence, withEvidence), []);
    expect(trend.workshops.map((workshop) => workshop.evidence)).toEqual([true, true]);
    expect(series(trend, 'executionDebtIndex')).toMatchObject({
      change: 0,
      direction: 'unchanged',
      incomparable: null,
    });
  });

  it('says nothing is withheld for a workshop that follows none', () => {
    const [only] = chain(withoutEvidence, withoutEvidence);
    if (!only) throw new Error('no workshop');
    const trend = buildTrend([only], []);
    expect(trend.indices.every((entry) => entry.incomparable === null)).toBe(true);
  });
});
