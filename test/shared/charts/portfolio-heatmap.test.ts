import { describe, expect, it } from 'vitest';
import {
  portfolioHeatmapLayout,
  portfolioMapLayout,
  PORTFOLIO_HEADER_ANGLE,
} from '../../../shared/charts';
import { portfolioFixture } from '../../helpers/portfolio-fixture';

const labels = (count: number) =>
  Array.from({ length: count }, (_, index) => `Column number ${index}`);
const groupLabels = {
  overview: 'Overview',
  human: 'Human Debt',
  technical: 'Technical Debt',
  visibility: 'Decision Visibility',
  execution: 'Execution Reality',
} as const;

describe('portfolio heatmap layout', () => {
  const result = portfolioFixture();
  const layout = portfolioHeatmapLayout(result, {
    columnLabels: labels(result.columns.length),
    groupLabels,
  });

  it('gives every shown team a cell per column and a withheld team one band, no cells', () => {
    const withheld = result.teams.filter((team) => team.withheld);
    expect(layout.withheld.map((row) => row.team)).toEqual(withheld.map((team) => team.label));
    for (const team of result.teams) {
      const cells = layout.cells.filter((cell) => cell.team === team.key);
      expect(cells).toHaveLength(team.withheld ? 0 : result.columns.length);
    }
  });

  it('keeps hidden cells free of any figure or colour', () => {
    const hidden = layout.cells.filter((cell) => cell.kind === 'hidden');
    expect(hidden.map((cell) => cell.reason).sort()).toEqual(['below_threshold', 'no_data']);
    for (const cell of hidden) {
      expect(Object.keys(cell)).not.toContain('value');
      expect(Object.keys(cell)).not.toContain('n');
      expect(Object.keys(cell)).not.toContain('fill');
    }
  });

  it('groups the columns: the overview, then one group per dimension, none overlapping', () => {
    expect(layout.groups.map((group) => group.key)).toEqual([
      'overview',
      'human',
      'technical',
      'visibility',
      'execution',
    ]);
    const xs = layout.columns.map((column) => column.x);
    for (let index = 1; index < xs.length; index++) {
      expect(xs[index] ?? 0).toBeGreaterThanOrEqual((xs[index - 1] ?? 0) + 39);
    }
  });

  it('leaves room for the turned headers above the first row and past the last column', () => {
    const firstRow = Math.min(...layout.rows.map((row) => row.y));
    const longest = Math.max(...layout.columns.map((column) => column.label.text.length));
    expect(longest).toBeGreaterThan(10);
    const last = layout.columns[layout.columns.length - 1];
    expect(last).toBeDefined();
    const reach =
      (last?.label.x ?? 0) + 150 * Math.cos((PORTFOLIO_HEADER_ANGLE * Math.PI) / 180) * 0.5;
    expect(layout.width).toBeGreaterThan(reach);
    expect(firstRow).toBeGreaterThan(60);
  });

  it('is the same picture for the same portfolio', () => {
    expect(
      portfolioHeatmapLayout(portfolioFixture(), {
        columnLabels: labels(result.columns.length),
        groupLabels,
      }),
    ).toEqual(layout);
  });
});

describe('portfolio map layout', () => {
  it('draws one point per mapped team, labelled with its name, on a surface at the median deficit', () => {
    const result = portfolioFixture();
    const layout = portfolioMapLayout(result.map);
    expect(layout.teams.map((team) => team.team).sort()).toEqual(
      result.map.map((point) => point.team).sort(),
    );
    const deficits = result.map.map((point) => point.visibilityDeficit).sort((a, b) => a - b);
    expect(layout.visibility).toBe(deficits[Math.floor(deficits.length / 2)]);
    expect(layout.cells.length).toBeGreaterThan(0);
    for (const team of layout.teams) {
      expect(team.x).toBeGreaterThanOrEqual(layout.plot.x);
      expect(team.x).toBeLessThanOrEqual(layout.plot.x + layout.plot.width);
    }
  });

  it('draws no surface and no point when no team can be placed', () => {
    const layout = portfolioMapLayout([]);
    expect(layout.visibility).toBeNull();
    expect(layout.cells).toEqual([]);
    expect(layout.teams).toEqual([]);
  });
});
