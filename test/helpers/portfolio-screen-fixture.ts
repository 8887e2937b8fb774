import { DIMENSION_PREFIX, DIMENSIONS, INSTRUMENT_V2 } from '../../shared/instrument';
import type { PortfolioColumn, PortfolioResult, PortfolioTeam } from '../../shared/portfolio/types';

/**
 * A hand-made portfolio as the builder returns it: six teams of one client on instrument 2.0.0,
 * one withheld (fewer than k answered), one with a hidden and an empty cell, one followed up.
 * Values are a deterministic function of team and column, so tests can say what a cell holds.
 */
export const PORTFOLIO_COLUMNS: PortfolioColumn[] = [
  { kind: 'headline', id: 'headline' },
  ...DIMENSIONS.map((id) => ({ kind: 'dimension' as const, id })),
  ...INSTRUMENT_V2.factors.map((info) => ({
    kind: 'factor' as const,
    id: `${DIMENSION_PREFIX[info.dimension]}.${info.id}`,
    dimension: info.dimension,
  })),
];

export function valueOf(teamIndex: number, columnIndex: number): number {
  return Math.round(((teamIndex * 37 + columnIndex * 11) % 70) * 10 + 200) / 10;
}

function team(
  index: number,
  label: string,
  options: { withheld?: boolean; n?: number; hide?: Record<number, 'below_threshold' | 'no_data'> },
): PortfolioTeam {
  const n = options.n ?? 8;
  const id = `w${index}`;
  return {
    key: label.toLowerCase(),
    label,
    workshopId: id,
    date: `2026-0${(index % 9) + 1}-15`,
    instrumentVersion: '2.0.0',
    withheld: options.withheld ?? false,
    cells: PORTFOLIO_COLUMNS.map((column, columnIndex) => {
      if (options.withheld) return { shown: false, reason: 'below_threshold' } as const;
      const hidden = options.hide?.[columnIndex];
      if (hidden) return { shown: false, reason: hidden } as const;
      const value = valueOf(index, columnIndex);
      return {
        shown: true,
        value,
        interval: { low: Math.max(0, value - 6), high: Math.min(100, value + 6) },
        n,
        band:
          column.kind === 'headline'
            ? value >= 50
              ? ('compounding' as const)
              : ('accumulating' as const)
            : null,
      };
    }),
    trend: [
      {
        workshopId: id,
        date: `2026-0${(index % 9) + 1}-15`,
        headline: options.withheld ? null : valueOf(index, 0),
      },
    ],
  };
}

export function portfolioFixture(): PortfolioResult {
  const teams = [
    team(0, 'Payments', {}),
    team(1, 'Checkout', { hide: { 6: 'below_threshold', 9: 'no_data' } }),
    team(2, 'Mobile apps', {}),
    team(3, 'Data platform and analytics engineering', { n: 12 }),
    team(4, 'Risk', { withheld: true, n: 3 }),
    team(5, 'Identity', {}),
  ];
  const followed = teams[0];
  if (followed) {
    followed.trend = [
      { workshopId: 'w0-earlier', date: '2025-10-01', headline: 71.5 },
      { workshopId: 'w0', date: followed.date, headline: valueOf(0, 0) },
    ];
  }
  return {
    anonymityThreshold: 5,
    instrumentVersions: ['2.0.0'],
    factorsNotShared: [],
    columns: PORTFOLIO_COLUMNS,
    teams,
    patterns: [
      {
        factor: 'dv.replay',
        dimension: 'visibility',
        kind: 'systemic',
        highTeams: ['Payments', 'Checkout', 'Mobile apps', 'Identity'],
        shownTeams: 5,
      },
      {
        factor: 'hd.load',
        dimension: 'human',
        kind: 'local',
        highTeams: ['Checkout'],
        shownTeams: 5,
      },
    ],
    map: teams
      .filter((entry) => !entry.withheld)
      .map((entry, index) => ({
        team: entry.label,
        humanDebt: valueOf(index, 1),
        technicalDebt: valueOf(index, 2),
        visibilityDeficit: valueOf(index, 3),
        headline: valueOf(index, 0),
        band: 'compounding' as const,
      })),
  };
}

/** Twenty teams of fifteen people: the size the portfolio must draw quickly. */
export function largePortfolioFixture(teamCount = 20): PortfolioResult {
  const base = portfolioFixture();
  const teams = Array.from({ length: teamCount }, (_, index) =>
    team(index, `Team ${String(index + 1).padStart(2, '0')}`, { n: 15 }),
  );
  return {
    ...base,
    teams,
    map: teams.map((entry, index) => ({
      team: entry.label,
      humanDebt: valueOf(index, 1),
      technicalDebt: valueOf(index, 2),
      visibilityDeficit: valueOf(index, 3),
      headline: valueOf(index, 0),
      band: 'compounding' as const,
    })),
  };
}
