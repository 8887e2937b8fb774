import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommendInterventions } from '../../../shared/interventions';
import { INSTRUMENT } from '../../../shared/instrument';
import { clearlyDebt } from '../../../shared/scoring/findings';
import { scoreWorkshop } from '../../../shared/scoring';
import { fileArb, makeFile, SMALL_INSTRUMENT } from './fixtures';

// "No diagnosis from noise": a finding about the room's view of a factor needs the room to be
// clearly on the debt side of it, not a mean that happens to sit at or just above the midpoint.

/** Rules whose survey side reads a factor's level; the factor is among their inputs. */
const LEVEL_RULES = new Set([
  'decisions-not-replayable',
  'inconsistent-outcomes',
  'non-local-propagation',
  'ownership-unassignable',
  'controls-not-mapping',
]);

describe('no diagnosis from noise', () => {
  it('a neutral room (everyone "neither", any size) gets no finding and no intervention', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 30 }), fc.integer({ min: 3, max: 5 }), (size, k) => {
        const participants = Array.from({ length: size }, (_, i) => ({
          id: `p${i}`,
          alias: `P${i}`,
          role: i % 2 === 0 ? 'engineering' : 'product',
        }));
        const file = makeFile({
          k,
          participants,
          responses: participants.flatMap((participant) =>
            INSTRUMENT.items.map((item) => ({
              participant: participant.id,
              item: item.id,
              round: 1 as const,
              value: 3 as const,
            })),
          ),
          realityCheck: [],
          decisions: [],
        });
        const result = scoreWorkshop(file, INSTRUMENT);
        expect(result.findings).toEqual([]);
        expect(recommendInterventions(result)).toEqual([]);
        for (const factor of result.factors) {
          expect(factor.mean).toBe(50);
          expect(factor.interval).toEqual({ low: 50, high: 50 });
        }
      }),
      { numRuns: 30 },
    );
  });

  it('every level finding rests on a factor whose whole interval lies above 50', () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        const result = scoreWorkshop(file, SMALL_INSTRUMENT);
        const byId = new Map(result.factors.map((factor) => [factor.id, factor]));
        for (const finding of result.findings) {
          if (!LEVEL_RULES.has(finding.rule)) continue;
          for (const input of finding.inputs) {
            const factor = byId.get(input);
            if (factor === undefined) continue;
            expect(factor.interval?.low ?? 0, `${finding.id} cites ${input}`).toBeGreaterThan(50);
            expect(clearlyDebt(factor)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every interval holds its figure and stays on the 0–100 scale', () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        const result = scoreWorkshop(file, SMALL_INSTRUMENT);
        const pairs = [
          ...result.factors.map((factor) => [factor.mean, factor.interval] as const),
          ...result.dimensions.map((dimension) => [dimension.index, dimension.interval] as const),
          [result.indices.executionDebtIndex, result.indices.executionDebtIndexInterval] as const,
        ];
        for (const [figure, interval] of pairs) {
          if (figure === null) {
            expect(interval).toBeNull();
            continue;
          }
          if (interval === null) continue;
          expect(interval.low).toBeGreaterThanOrEqual(0);
          expect(interval.high).toBeLessThanOrEqual(100);
          expect(interval.low).toBeLessThanOrEqual(figure);
          expect(interval.high).toBeGreaterThanOrEqual(figure);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reported green, really red: nothing verifiable out of three or more items sets a floor of 50', () => {
    const participants = Array.from({ length: 6 }, (_, i) => ({
      id: `p${i}`,
      alias: `P${i}`,
      role: 'engineering',
    }));
    // A healthy survey: everyone answers the healthy end of every statement.
    const responses = participants.flatMap((participant) =>
      INSTRUMENT.items.map((item) => ({
        participant: participant.id,
        item: item.id,
        round: 1 as const,
        value: (item.keyed === 'debt' ? 1 : 5) as 1 | 5,
      })),
    );
    const entry = (verified: 'not_verified' | 'unknown' | 'verified') => ({
      title: 'Item',
      reported: 'done',
      verified,
      ownerClear: 'yes' as const,
      decisionTraceable: true,
      note: '',
    });
    const headline = (realityCheck: ReturnType<typeof entry>[]) =>
      scoreWorkshop(
        makeFile({ k: 5, participants, responses, realityCheck, decisions: [] }),
        INSTRUMENT,
      ).indices.executionDebtIndex ?? 0;
    const none = [
      'not_verified',
      'unknown',
      'not_verified',
      'not_verified',
      'unknown',
      'not_verified',
    ] as const;
    expect(headline(none.map(entry))).toBeGreaterThanOrEqual(50);
    // One item verified, or too few items checked: the evidence counts, but sets no floor.
    expect(headline([...none.slice(0, 5).map(entry), entry('verified')])).toBeLessThan(50);
    expect(headline(none.slice(0, 2).map(entry))).toBeLessThan(50);
  });

  it('counts straight-liners without saying who, and withholds a count below k', () => {
    const participants = Array.from({ length: 14 }, (_, i) => ({
      id: `p${i}`,
      alias: `P${i}`,
      role: 'engineering',
    }));
    const straight = (count: number) =>
      makeFile({
        k: 5,
        participants,
        responses: participants.flatMap((participant, index) =>
          INSTRUMENT.items.map((item) => ({
            participant: participant.id,
            item: item.id,
            round: 1 as const,
            // The first `count` people agree with everything; the rest answer by the statement.
            value: (index < count ? 5 : ((item.id.length + index) % 5) + 1) as 1 | 2 | 3 | 4 | 5,
          })),
        ),
        realityCheck: [],
        decisions: [],
      });
    expect(scoreWorkshop(straight(0), INSTRUMENT).responseStyle.straightLiners).toBe(0);
    expect(scoreWorkshop(straight(2), INSTRUMENT).responseStyle.straightLiners).toBeNull();
    const scored = scoreWorkshop(straight(6), INSTRUMENT);
    const many = scored.responseStyle;
    expect(many.straightLiners).toBe(6);
    expect(many.meanAgreement).toBeGreaterThan(3);
    expect(JSON.stringify(many)).not.toMatch(/P\d|p\d/);
    // Their answers are left out of every figure: only the other eight count.
    expect(scored.n.respondents).toBe(8);
    expect(Math.max(...scored.factors.map((factor) => factor.n))).toBe(8);
  });

  it('a straight-lined room (everyone agrees, or everyone disagrees, with everything) gets no finding', () => {
    for (const value of [1, 5] as const) {
      const participants = Array.from({ length: 10 }, (_, i) => ({
        id: `p${i}`,
        alias: `P${i}`,
        role: 'engineering',
      }));
      const file = makeFile({
        k: 5,
        participants,
        responses: participants.flatMap((participant) =>
          INSTRUMENT.items.map((item) => ({
            participant: participant.id,
            item: item.id,
            round: 1 as const,
            value,
          })),
        ),
        realityCheck: [],
        decisions: [],
      });
      const result = scoreWorkshop(file, INSTRUMENT);
      expect(result.responseStyle.straightLiners).toBe(10);
      // Nothing is left to score: no figure, no finding, and the results say why.
      expect(result.roomWithheld).toBe(true);
      expect(result.findings).toEqual([]);
      expect(recommendInterventions(result)).toEqual([]);
    }
  });
});
