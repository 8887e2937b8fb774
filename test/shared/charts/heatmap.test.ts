import { describe, expect, it } from 'vitest';
import { ALL_COLUMN, heatmapLayout } from '../../../shared/charts';
import type { GroupScore, ScoreResult } from '../../../shared/scoring';
import { scoredRoom } from './fixtures';

const NUMBER_FIELDS = ['mean', 'n', 'sd'];

describe('heatmapLayout', () => {
  const large = scoredRoom({
    participants: 30,
    seed: 2,
    roles: ['Engineering', 'Product', 'Leadership'],
  });

  it('has exactly one cell for every factor and column, suppressed ones included', () => {
    const small = scoredRoom({ participants: 9, seed: 4 });
    for (const result of [large, small]) {
      const map = heatmapLayout(result);
      expect(map.columns.map((column) => column.key)[0]).toBe(ALL_COLUMN);
      expect(map.cells).toHaveLength(map.rows.length * map.columns.length);
      const keys = new Set(map.cells.map((cell) => cell.key));
      expect(keys.size).toBe(map.cells.length);
    }
  });

  it('shows the role groups’ own means when every group is large enough', () => {
    const map = heatmapLayout(large);
    const engineering = large.groups.find((group) => group.role === 'Engineering');
    if (!engineering || engineering.suppressed) throw new Error('fixture should show Engineering');
    const cell = map.cells.find((entry) => entry.key === 'hd.load|role:Engineering');
    const source = engineering.factors.find((entry) => entry.id === 'hd.load');
    expect(cell?.kind).toBe('value');
    if (cell?.kind === 'value' && source && !source.suppressed) expect(cell.mean).toBe(source.mean);
  });

  it('carries no figure on a suppressed cell, whether below k or complementary', () => {
    const small = scoredRoom({ participants: 9, seed: 4 });
    expect(small.groups.every((group) => group.suppressed)).toBe(true);
    const complementary: GroupScore[] = large.groups.map((group) =>
      group.role === 'Product' && !group.suppressed
        ? {
            ...group,
            factors: group.factors.map((cell) =>
              cell.id === 'td.pipeline'
                ? { id: cell.id, suppressed: true as const, reason: 'complementary' as const }
                : cell,
            ),
          }
        : group,
    );
    const mixed: Pick<ScoreResult, 'factors' | 'groups' | 'anonymityThreshold'> = {
      ...large,
      groups: complementary,
    };
    for (const map of [heatmapLayout(small), heatmapLayout(mixed)]) {
      const suppressed = map.cells.filter((cell) => cell.kind === 'suppressed');
      expect(suppressed.length).toBeGreaterThan(0);
      for (const cell of suppressed) {
        for (const field of NUMBER_FIELDS) expect(field in cell).toBe(false);
      }
    }
    const cell = heatmapLayout(mixed).cells.find(
      (entry) => entry.key === 'td.pipeline|role:Product',
    );
    expect(cell).toMatchObject({ kind: 'suppressed', reason: 'complementary' });
    // A suppressed group's column does not show its size either.
    expect(
      heatmapLayout(small)
        .columns.filter((column) => column.role !== null)
        .every((column) => column.n === null),
    ).toBe(true);
  });

  it('is the same whatever order the groups and factors arrive in', () => {
    const shuffled = {
      ...large,
      groups: [...large.groups].reverse(),
      factors: [...large.factors].reverse(),
    };
    expect(heatmapLayout(shuffled)).toEqual(heatmapLayout(large));
  });
});
