import { meetsThreshold } from '../disclosure/suppression';
import { teamKey } from '../domain/team-key';
import { DIMENSION_PREFIX, DIMENSIONS, FACTORS, type Dimension } from '../instrument/types';
import { clearlyDebt } from '../scoring/findings';
import type { FactorScore, ScoreResult } from '../scoring/result';
import { compareText } from '../scoring/stats';
import { PORTFOLIO_SYSTEMIC_MIN_TEAMS, PORTFOLIO_SYSTEMIC_SHARE } from './constants';
import type {
  PortfolioCell,
  PortfolioColumn,
  PortfolioMapPoint,
  PortfolioPattern,
  PortfolioResult,
  PortfolioTeam,
  PortfolioWorkshop,
} from './types';

// The portfolio reads each team's ScoreResult and nothing else: every figure it gives is one the
// team's own results already show (and only when at least k stand behind it), or a count of such
// figures. No answers are pooled across teams, so no cross-team mean exists to subtract from
// (docs/anonymity.md, "Portfolio"; the rules are in docs/scoring.md, "Portfolio").

type HiddenReason = 'below_threshold' | 'no_data';

/** The k a portfolio applies: the strictest of its workshops', so no team is shown below its own. */
export function portfolioThreshold(workshops: readonly PortfolioWorkshop[]): number {
  return workshops.reduce((k, workshop) => Math.max(k, workshop.result.anonymityThreshold), 0);
}

/** Oldest first: by date, then id, so two workshops on one day always order the same way. */
function byDateThenId(a: PortfolioWorkshop, b: PortfolioWorkshop): number {
  return compareText(a.date, b.date) || compareText(a.id, b.id);
}

/**
 * A workshop's team: its name compared trimmed, case- and accent-insensitive; a workshop with no
 * team name is a team of its own (keyed by its id, so it never merges with another).
 */
function teamOf(workshop: PortfolioWorkshop): string {
  return workshop.team.trim() === '' ? `workshop:${workshop.id}` : teamKey(workshop.team);
}

/** Every factor key in display order (instrument/types FACTORS), with its dimension. */
const FACTOR_ORDER: readonly { id: string; dimension: Dimension }[] = DIMENSIONS.flatMap(
  (dimension) =>
    FACTORS[dimension].map((factor) => ({
      id: `${DIMENSION_PREFIX[dimension]}.${factor}`,
      dimension,
    })),
);

/** Whether the room's figures may be shown at this k: the team's own rule, then the portfolio's. */
function roomShown(result: ScoreResult, k: number): boolean {
  return !result.roomWithheld && meetsThreshold(result.n.respondents, k);
}

function hidden(reason: HiddenReason): PortfolioCell {
  return { shown: false, reason };
}

/** Nobody answered, or some did but fewer than k. */
function reasonFor(n: number): HiddenReason {
  return n === 0 ? 'no_data' : 'below_threshold';
}

/**
 * A dimension's index as the team shows it, when everything it is made of is shown at the
 * portfolio's k: a team whose own k is lower may show a factor that the portfolio hides, and an
 * index averaged over that factor would move with the hidden answers, so it is hidden too.
 */
function dimensionCell(result: ScoreResult, dimension: Dimension, k: number): PortfolioCell {
  const score = result.dimensions.find((entry) => entry.id === dimension);
  if (!score) return hidden('no_data');
  if (score.index === null) return hidden(reasonFor(score.n));
  const madeOf = result.factors.filter(
    (factor) => factor.dimension === dimension && factor.mean !== null,
  );
  if (!meetsThreshold(score.n, k) || madeOf.some((factor) => !meetsThreshold(factor.n, k))) {
    return hidden('below_threshold');
  }
  return { shown: true, value: score.index, interval: score.interval, n: score.n, band: null };
}

/** The headline, when Human, Technical and visibility are all shown (it is made of them). */
function headlineCell(result: ScoreResult, k: number): PortfolioCell {
  const { executionDebtIndex, executionDebtIndexInterval, band } = result.indices;
  const parts = (['human', 'technical', 'visibility'] as const).map((dimension) =>
    dimensionCell(result, dimension, k),
  );
  if (executionDebtIndex === null || parts.some((cell) => !cell.shown)) {
    // Below k when any part is; otherwise nobody answered one of them.
    const below = parts.some((cell) => !cell.shown && cell.reason === 'below_threshold');
    return hidden(below ? 'below_threshold' : 'no_data');
  }
  return {
    shown: true,
    value: executionDebtIndex,
    interval: executionDebtIndexInterval,
    n: result.n.respondents,
    band,
  };
}

/** A factor the team shows: answered by at least k (its own k and the portfolio's) with a mean. */
function shownFactor(result: ScoreResult, id: string, k: number): FactorScore | null {
  const factor = result.factors.find((entry) => entry.id === id);
  if (!factor || factor.withheld || factor.mean === null || !meetsThreshold(factor.n, k)) {
    return null;
  }
  return factor;
}

function factorCell(result: ScoreResult, id: string, k: number): PortfolioCell {
  const factor = shownFactor(result, id, k);
  if (!factor || factor.mean === null) {
    return hidden(reasonFor(result.factors.find((entry) => entry.id === id)?.n ?? 0));
  }
  return { shown: true, value: factor.mean, interval: factor.interval, n: factor.n, band: null };
}

function cellsOf(
  result: ScoreResult,
  columns: readonly PortfolioColumn[],
  k: number,
): PortfolioCell[] {
  if (!roomShown(result, k)) {
    // A team below k shows nothing at all: not even which of its cells had no data.
    const reason = reasonFor(result.n.respondents);
    return columns.map(() => hidden(reason));
  }
  return columns.map((column) => {
    if (column.kind === 'headline') return headlineCell(result, k);
    if (column.kind === 'dimension') return dimensionCell(result, column.id, k);
    return factorCell(result, column.id, k);
  });
}

/** The headline a workshop shows, or null when it shows none at this k. */
function shownHeadline(result: ScoreResult, k: number): number | null {
  if (!roomShown(result, k)) return null;
  const cell = headlineCell(result, k);
  return cell.shown ? cell.value : null;
}

interface Team {
  key: string;
  /** Oldest first; the last is the team's row. */
  workshops: PortfolioWorkshop[];
}

function groupTeams(workshops: readonly PortfolioWorkshop[]): Team[] {
  const teams = new Map<string, PortfolioWorkshop[]>();
  for (const workshop of workshops) {
    const key = teamOf(workshop);
    teams.set(key, [...(teams.get(key) ?? []), workshop]);
  }
  return [...teams].map(([key, list]) => ({ key, workshops: [...list].sort(byDateThenId) }));
}

function latestOf(team: Team): PortfolioWorkshop {
  const latest = team.workshops[team.workshops.length - 1];
  if (!latest) throw new Error(`team ${team.key} has no workshop`);
  return latest;
}

function labelOf(workshop: PortfolioWorkshop): string {
  const name = workshop.team.trim();
  return name === '' ? workshop.title : name;
}

/** Rows whose labels read the same (trimmed, case- and accent-insensitive), by label. */
function sameLabelGroups(labels: readonly string[]): number[][] {
  const groups = new Map<string, number[]>();
  labels.forEach((label, index) => {
    const key = teamKey(label);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * Labels no two teams share, so a pattern's team list is never ambiguous: teams whose labels
 * collide (two workshops with no team name and the same title, or a title equal to another team's
 * name) get their latest workshop's date, "Kick-off (2026-03-12)", and those still alike a number
 * in row order, "Kick-off (2026-03-12, 2)". `rows` are already in their final, input-independent
 * order, so the numbers do not depend on the order the workshops came in.
 */
function distinctLabels(rows: readonly { label: string; workshop: PortfolioWorkshop }[]): string[] {
  const labels = rows.map((row) => row.label);
  for (const group of sameLabelGroups(labels)) {
    for (const index of group) {
      const row = rows[index];
      if (row) labels[index] = `${row.label.trim()} (${row.workshop.date})`;
    }
  }
  for (const group of sameLabelGroups(labels)) {
    group.forEach((index, position) => {
      const row = rows[index];
      if (row) labels[index] = `${row.label.trim()} (${row.workshop.date}, ${position + 1})`;
    });
  }
  return labels;
}

/** Factor keys every team's latest instrument has, in display order, and the others. */
function sharedFactors(latest: readonly PortfolioWorkshop[]): {
  shared: { id: string; dimension: Dimension }[];
  notShared: string[];
} {
  const sets = latest.map(
    (workshop) => new Set(workshop.result.factors.map((factor) => factor.id)),
  );
  const inAny = (id: string) => sets.some((set) => set.has(id));
  const inAll = (id: string) => sets.length > 0 && sets.every((set) => set.has(id));
  return {
    shared: FACTOR_ORDER.filter((factor) => inAll(factor.id)),
    notShared: FACTOR_ORDER.filter((factor) => inAny(factor.id) && !inAll(factor.id)).map(
      (factor) => factor.id,
    ),
  };
}

/**
 * Per shared factor: the teams where it is shown and those where it is clearly high (the same
 * rule as a factor finding: the whole 95 % interval above the neutral 50). Systemic when it is high
 * in at least half of the teams that show it and at least three teams show it; local when high
 * somewhere but not systemic. Factors high nowhere are no pattern.
 */
function patternsOf(
  rows: readonly { label: string; workshop: PortfolioWorkshop }[],
  factors: readonly { id: string; dimension: Dimension }[],
  k: number,
): PortfolioPattern[] {
  const patterns: PortfolioPattern[] = [];
  for (const { id, dimension } of factors) {
    let shownTeams = 0;
    const highTeams: string[] = [];
    for (const { label, workshop } of rows) {
      const factor = roomShown(workshop.result, k) ? shownFactor(workshop.result, id, k) : null;
      if (!factor) continue;
      shownTeams += 1;
      if (clearlyDebt(factor)) highTeams.push(label);
    }
    if (highTeams.length === 0) continue;
    const systemic =
      shownTeams >= PORTFOLIO_SYSTEMIC_MIN_TEAMS &&
      highTeams.length >= PORTFOLIO_SYSTEMIC_SHARE * shownTeams;
    patterns.push({
      factor: id,
      dimension,
      kind: systemic ? 'systemic' : 'local',
      highTeams,
      shownTeams,
    });
  }
  const order = new Map(factors.map((factor, index) => [factor.id, index]));
  return patterns.sort(
    (a, b) =>
      b.highTeams.length - a.highTeams.length ||
      (order.get(a.factor) ?? 0) - (order.get(b.factor) ?? 0),
  );
}

/** Teams whose Human, Technical and visibility indices are all shown, as points on the map. */
function mapOf(
  teams: readonly PortfolioTeam[],
  columns: readonly PortfolioColumn[],
): PortfolioMapPoint[] {
  const at = (team: PortfolioTeam, id: string): PortfolioCell | undefined =>
    team.cells[columns.findIndex((column) => column.id === id)];
  const points: PortfolioMapPoint[] = [];
  for (const team of teams) {
    const human = at(team, 'human');
    const technical = at(team, 'technical');
    const visibility = at(team, 'visibility');
    const headline = at(team, 'headline');
    if (!human?.shown || !technical?.shown || !visibility?.shown) continue;
    points.push({
      team: team.label,
      humanDebt: human.value,
      technicalDebt: technical.value,
      visibilityDeficit: visibility.value,
      headline: headline?.shown ? headline.value : null,
      band: headline?.shown ? headline.band : null,
    });
  }
  return points;
}

/**
 * The portfolio of several workshops of one client: one row per team (its latest workshop), the
 * headline, the four dimensions and the factors every team's instrument shares, the factors that
 * are high across teams, the teams on the map and each team's headline over its workshops.
 * Pure: the same workshops in any order give the same result.
 */
export function buildPortfolio(workshops: PortfolioWorkshop[], k: number): PortfolioResult {
  const teams = groupTeams(workshops);
  const sorted = teams
    .map((team) => ({ team, workshop: latestOf(team), label: labelOf(latestOf(team)) }))
    .sort(
      (a, b) =>
        compareText(teamKey(a.label), teamKey(b.label)) || compareText(a.team.key, b.team.key),
    );
  const labels = distinctLabels(sorted);
  // Sorted again, so teams told apart by date read oldest first.
  const rows = sorted
    .map((row, index) => ({ ...row, label: labels[index] ?? row.label }))
    .sort(
      (a, b) =>
        compareText(teamKey(a.label), teamKey(b.label)) || compareText(a.team.key, b.team.key),
    );
  const latest = rows.map((row) => row.workshop);
  const { shared, notShared } = sharedFactors(latest);
  const columns: PortfolioColumn[] = [
    { kind: 'headline', id: 'headline' },
    ...DIMENSIONS.map((id) => ({ kind: 'dimension' as const, id })),
    ...shared.map(({ id, dimension }) => ({ kind: 'factor' as const, id, dimension })),
  ];
  const portfolioTeams: PortfolioTeam[] = rows.map(({ team, workshop, label }) => ({
    key: team.key,
    label,
    workshopId: workshop.id,
    date: workshop.date,
    instrumentVersion: workshop.result.instrumentVersion,
    withheld: !roomShown(workshop.result, k),
    cells: cellsOf(workshop.result, columns, k),
    trend: team.workshops.map((entry) => ({
      workshopId: entry.id,
      date: entry.date,
      headline: shownHeadline(entry.result, k),
    })),
  }));
  return {
    anonymityThreshold: k,
    instrumentVersions: [
      ...new Set(latest.map((workshop) => workshop.result.instrumentVersion)),
    ].sort(compareText),
    factorsNotShared: notShared,
    columns,
    teams: portfolioTeams,
    patterns: patternsOf(rows, shared, k),
    map: mapOf(portfolioTeams, columns),
  };
}
