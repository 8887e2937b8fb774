import { describe, expect, it } from 'vitest';
import { distributionLayout } from '../../../shared/charts';
import type { ScoreResult } from '../../../shared/scoring';
import { scoredRoom } from './fixtures';

describe('distributionLayout', () => {
  const room = scoredRoom({ participants: 14, seed: 9 });

  it('draws each statement’s answers 1–5 and "can’t say" as counted', () => {
    const strips = distributionLayout(room, { mode: 'items' });
    expect(strips.rows).toHaveLength(room.items.length);
    for (const row of strips.rows) {
      const item = room.items.find((entry) => entry.id === row.id);
      expect(row.bars.map((bar) => bar.count)).toEqual([
        ...(item?.distribution.values ?? []),
        item?.distribution.cantSay,
      ]);
      expect(row.revote).toBeNull();
    }
  });

  it('draws each factor’s score bins, taller for more answers', () => {
    const strips = distributionLayout(room, { mode: 'factors', dimension: 'technical' });
    expect(strips.rows.map((row) => row.id)).toEqual([
      'td.pipeline',
      'td.coupling',
      'td.legacy',
      'td.change',
    ]);
    for (const row of strips.rows) {
      const sorted = [...row.bars].sort((a, b) => a.count - b.count);
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i]?.height ?? 0).toBeGreaterThanOrEqual(sorted[i - 1]?.height ?? 0);
      }
    }
  });

  it('flags a split room with a marker, whatever the colours', () => {
    const split: Pick<ScoreResult, 'items' | 'factors' | 'convergence'> = {
      ...room,
      factors: room.factors.map((factor) =>
        factor.id === 'dv.replay' ? { ...factor, agreement: 'split' } : factor,
      ),
    };
    const rows = distributionLayout(split).rows;
    expect(rows.filter((row) => row.flag !== null).map((row) => row.id)).toEqual(['dv.replay']);
    expect(rows.find((row) => row.id === 'dv.replay')?.split).toBe(true);
  });

  it('sets round 1 beside the re-vote only when there was a re-vote', () => {
    expect(distributionLayout(room).revoteAxis).toBeNull();
    const twice = scoredRoom({ participants: 14, seed: 9, round2: true });
    const strips = distributionLayout(twice);
    expect(strips.revoteAxis).not.toBeNull();
    const row = strips.rows.find((entry) => entry.id === 'hd.load');
    const figures = twice.convergence.factors.find((entry) => entry.id === 'hd.load');
    expect(row?.revote?.whiskers.map((w) => [w.round, w.mean])).toEqual([
      [1, figures?.round1.mean],
      [2, figures?.round2.mean],
    ]);
    expect(row?.revote?.direction).toBe(figures?.direction);
  });

  it('gives the same strips twice', () => {
    expect(distributionLayout(room, { mode: 'items' })).toEqual(
      distributionLayout(room, { mode: 'items' }),
    );
  });
});
