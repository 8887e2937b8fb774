import { DIMENSION_PREFIX, DIMENSIONS, FACTORS } from '../../shared/instrument/types';
import type {
  PortfolioCell,
  PortfolioColumn,
  PortfolioResult,
  PortfolioTeam,
} from '../../shared/portfolio/types';
import { bandOf } from '../../shared/scoring/model';

/** Every factor of the newest instrument, as portfolio columns in instrument order. */
function allColumns(leaveOut: readonly string[] = []): PortfolioColumn[] {
  return [
    { kind: 'headline', id: 'headline' },
    ...DIMENSIONS.map((id): PortfolioColumn => ({ kind: 'dimension', id })),
    ...DIMENSIONS.flatMap((dimension) =>
      FACTORS[dimension]
        .map((factor) => `${DIMENSION_PREFIX[dimension]}.${factor}`)
        .filter((id) => !leaveOut.includes(id))
        .map((id): PortfolioColumn => ({ kind: 'factor', id, dimension })),
    ),
  ];
}

/** A repeatable spread of values around `base` (no randomness: tests read the same PDF). */
function wobble(base: number, index: number, seed: number): number {
  const value = base + Math.sin(index * 1.7 + seed * 2.3) * 18 + ((index * seed) % 7) - 3;
  return Math.round(Math.min(96, Math.max(4, value)) * 10) / 10;
}

interface TeamSpec {
  label: string;
  n: number;
  base: number;
  withheld?: boolean;
  /** Column indices below k in this team (a factor fewer than k answered). */
  hidden?: number[];
  trend?: (number | null)[];
  version?: string;
}

function teamOf(
  spec: TeamSpec,
  index: number,
  columns: PortfolioColumn[],
  k: number,
): PortfolioTeam {
  const id = `w-${index + 1}`;
  const cells: PortfolioCell[] = columns.map((column, at) => {
    if (spec.withheld) return { shown: false, reason: 'below_threshold' };
    if (spec.hidden?.includes(at)) return { shown: false, reason: 'below_threshold' };
    const value = at === 0 ? spec.base : wobble(spec.base, at, index + 1);
    const half = 14 / Math.sqrt(spec.n);
    return {
      shown: true,
      value,
      interval: {
        low: Math.round(Math.max(0, value - half) * 10) / 10,
        high: Math.round(Math.min(100, value + half) * 10) / 10,
      },
      n: column.kind === 'factor' && at % 5 === 0 ? Math.max(k, spec.n - 1) : spec.n,
      band: column.kind === 'headline' ? bandOf(value) : null,
    };
  });
  const trend = (spec.trend ?? []).map((headline, at) => ({
    workshopId: `${id}-${at}`,
    date: `2026-0${3 + at * 3}-1${at}`,
    headline,
  }));
  return {
    key: spec.label.toLowerCase(),
    label: spec.label,
    workshopId: id,
    date: '2026-11-20',
    instrumentVersion: spec.version ?? '2.0.0',
    withheld: spec.withheld === true,
    cells,
    trend: [
      ...trend,
      { workshopId: id, date: '2026-11-20', headline: spec.withheld ? null : spec.base },
    ],
  };
}

/** Team names of the realistic portfolio: six delivery teams of a bank. */
export const FIXTURE_TEAMS = [
  'Payments',
  'Mobile banking',
  'Card issuing',
  'Customer onboarding',
  'Risk engine',
  'Data platform',
] as const;

/**
 * A hand-made portfolio: five teams with figures (one with a hidden factor and a follow-up), one
 * team below k, and two systemic and three local patterns.
 */
export function portfolioFixture(
  options: { mixedVersions?: boolean; teams?: number; people?: number } = {},
): PortfolioResult {
  const k = 5;
  const leaveOut = options.mixedVersions
    ? ['hd.trust', 'hd.learning', 'hd.autonomy', 'td.coordination']
    : [];
  const columns = allColumns(leaveOut);
  const specs: TeamSpec[] =
    options.teams !== undefined
      ? Array.from({ length: options.teams }, (_, index) => ({
          label: `Team ${String(index + 1).padStart(2, '0')} — ${['Payments', 'Mobile', 'Cards', 'Onboarding', 'Risk'][index % 5] ?? ''}`,
          n: options.people ?? 15,
          base: 20 + ((index * 37) % 65),
          trend: index % 4 === 0 ? [40 + (index % 30)] : [],
        }))
      : [
          { label: FIXTURE_TEAMS[0], n: 12, base: 63.4, trend: [71.2, null] },
          { label: FIXTURE_TEAMS[1], n: 9, base: 48.7, hidden: [9] },
          {
            label: FIXTURE_TEAMS[2],
            n: 7,
            base: 57.9,
            version: options.mixedVersions ? '1.0.0' : '2.0.0',
          },
          { label: FIXTURE_TEAMS[3], n: 15, base: 31.2 },
          { label: FIXTURE_TEAMS[4], n: 6, base: 22.8 },
          { label: FIXTURE_TEAMS[5], n: 3, base: 0, withheld: true },
        ];
  const teams = specs.map((spec, index) => teamOf(spec, index, columns, k));
  const shownTeams = teams.filter((team) => !team.withheld).map((team) => team.label);
  return {
    anonymityThreshold: k,
    instrumentVersions: options.mixedVersions ? ['1.0.0', '2.0.0'] : ['2.0.0'],
    factorsNotShared: leaveOut,
    columns,
    teams,
    patterns: [
      {
        factor: 'dv.replay',
        dimension: 'visibility',
        kind: 'systemic',
        highTeams: shownTeams.slice(0, 4),
        shownTeams: shownTeams.length,
      },
      {
        factor: 'er.progress',
        dimension: 'execution',
        kind: 'systemic',
        highTeams: shownTeams.slice(0, 3),
        shownTeams: shownTeams.length,
      },
      {
        factor: 'hd.load',
        dimension: 'human',
        kind: 'local',
        highTeams: shownTeams.slice(0, 1),
        shownTeams: shownTeams.length,
      },
      {
        factor: 'td.legacy',
        dimension: 'technical',
        kind: 'local',
        highTeams: shownTeams.slice(1, 3),
        shownTeams: shownTeams.length,
      },
      {
        factor: 'dv.ownership',
        dimension: 'visibility',
        kind: 'local',
        highTeams: shownTeams.slice(2, 3),
        shownTeams: shownTeams.length,
      },
    ],
    map: teams
      .filter((team) => !team.withheld)
      .map((team, index) => {
        const cell = (at: number) => {
          const found = team.cells[at];
          return found?.shown ? found.value : 50;
        };
        const headline = team.cells[0];
        return {
          team: team.label,
          humanDebt: cell(1),
          technicalDebt: cell(2),
          visibilityDeficit: cell(3),
          headline: headline?.shown ? headline.value : null,
          band: headline?.shown ? headline.band : null,
          ...(index < 0 ? {} : {}),
        };
      }),
  };
}

/** A portfolio where no team has figures: every team is below k. */
export function withheldPortfolio(): PortfolioResult {
  const full = portfolioFixture();
  return {
    ...full,
    teams: full.teams.map((team) => ({
      ...team,
      withheld: true,
      cells: team.cells.map((): PortfolioCell => ({ shown: false, reason: 'below_threshold' })),
      trend: team.trend.map((point) => ({ ...point, headline: null })),
    })),
    patterns: [],
    map: [],
  };
}
