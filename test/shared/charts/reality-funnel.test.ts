import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realityFunnelLayout, type FunnelEntry, type FunnelLayout } from '../../../shared/charts';
import { VERIFIED_STATUSES, OWNER_CLEAR } from '../../../shared/format/workshop-file';
import { scoredRoom } from './fixtures';

type OkFunnel = Extract<FunnelLayout, { status: 'ok' }>;
function ok(layout: FunnelLayout): OkFunnel {
  if (layout.status !== 'ok') throw new Error('expected a funnel');
  return layout;
}

const entry = (
  verified: FunnelEntry['verified'],
  ownerClear: FunnelEntry['ownerClear'],
  decisionTraceable: boolean | null,
) => ({
  title: `${verified}/${ownerClear}/${decisionTraceable}`,
  reported: 'done',
  verified,
  ownerClear,
  decisionTraceable,
});

const ENTRIES = [
  entry('verified', 'yes', true),
  entry('verified', 'yes', false),
  entry('verified', 'unclear', true),
  entry('partly', 'yes', true),
  entry('partly', 'no', false),
  entry('not_verified', 'yes', true),
  entry('unknown', 'no', false),
  entry('verified', 'yes', true),
];

describe('realityFunnelLayout', () => {
  const room = scoredRoom({ participants: 6, seed: 1, realityCheck: ENTRIES });

  it('counts reported → fully verified → owner clear → decision traceable, each within the last', () => {
    const funnel = ok(realityFunnelLayout(room.evidence.realityCheck, ENTRIES));
    expect(funnel.mode).toBe('nested');
    expect(funnel.stages.map((stage) => [stage.id, stage.count])).toEqual([
      ['reported', 8],
      ['verified', 4],
      ['owned', 3],
      ['traceable', 2],
    ]);
    expect(funnel.partly.count).toBe(2);
    expect(funnel.notVerified).toBe(1);
    expect(funnel.unknown).toBe(1);
    expect(funnel.connectors).toHaveLength(3);
  });

  it('never widens from one stage to the next, for any set of entries', () => {
    const arbitraryEntry = fc.record({
      verified: fc.constantFrom(...VERIFIED_STATUSES),
      ownerClear: fc.constantFrom(...OWNER_CLEAR),
      decisionTraceable: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { minLength: 1, maxLength: 60 }), (entries) => {
        const aggregate = { ...room.evidence.realityCheck, entries: entries.length };
        const funnel = ok(realityFunnelLayout(aggregate, entries));
        for (let i = 1; i < funnel.stages.length; i++) {
          const previous = funnel.stages[i - 1];
          const stage = funnel.stages[i];
          if (!previous || !stage) throw new Error('missing stage');
          expect(stage.count).toBeLessThanOrEqual(previous.count);
          expect(stage.width).toBeLessThanOrEqual(previous.width);
        }
        const fully = entries.filter((e) => e.verified === 'verified');
        expect(funnel.stages[1]?.count).toBe(fully.length);
        expect(funnel.stages[3]?.count).toBe(
          fully.filter((e) => e.ownerClear === 'yes' && e.decisionTraceable).length,
        );
        expect(funnel.partly.count + (funnel.stages[1]?.count ?? 0)).toBeLessThanOrEqual(
          entries.length,
        );
      }),
    );
  });

  it('sizes each stage by its share of the reported work', () => {
    const funnel = ok(realityFunnelLayout(room.evidence.realityCheck, ENTRIES));
    const [reported, verified] = funnel.stages;
    expect(verified?.width).toBe((reported?.width ?? 0) / 2);
    expect(verified?.share).toBe(0.5);
    expect(funnel.partly.width).toBe((reported?.width ?? 0) / 4);
  });

  it('falls back to the scored counts, stage by stage, when only the aggregate is known', () => {
    const check = room.evidence.realityCheck;
    const funnel = ok(realityFunnelLayout(check));
    expect(funnel.mode).toBe('independent');
    expect(funnel.connectors).toEqual([]);
    expect(funnel.stages.map((stage) => stage.count)).toEqual([
      check.entries,
      check.verified,
      check.ownerClear,
      check.traceable,
    ]);
    expect(funnel.partly.count).toBe(check.partly);
  });

  it('says there is nothing to show when no work was reported', () => {
    const empty = scoredRoom({ participants: 6, seed: 1 });
    expect(realityFunnelLayout(empty.evidence.realityCheck).status).toBe('empty');
    expect(realityFunnelLayout(empty.evidence.realityCheck, []).status).toBe('empty');
  });

  it('keeps items whose verification was not assessed out of every stage past "reported", and counts them', () => {
    const entries = [...ENTRIES, entry(null, null, null), entry(null, 'yes', true)];
    const unassessed = scoredRoom({ participants: 6, seed: 1, realityCheck: entries });
    for (const funnel of [
      ok(realityFunnelLayout(unassessed.evidence.realityCheck, entries)),
      ok(realityFunnelLayout(unassessed.evidence.realityCheck)),
    ]) {
      expect(funnel.stages[0]?.count).toBe(10);
      expect(funnel.stages[1]?.count).toBe(4);
      expect(funnel.notAssessed).toBe(2);
    }
    expect(ok(realityFunnelLayout(room.evidence.realityCheck, ENTRIES)).notAssessed).toBe(0);
  });
});
