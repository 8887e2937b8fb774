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
});
