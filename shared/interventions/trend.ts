import type { Indices, ScoreResult } from '../scoring/result';
import { FACTOR_IDS } from './recommend';
import type { ActionMovement, Direction, Trend, TrendSeries } from './schemas';

/** A figure must move at least this many points (0–100 scale) to count as better or worse. */
export const MOVEMENT_POINTS = 5;

/** The indices a trend follows, headline first. */
export const TREND_INDICES = [
  'executionDebtIndex',
  'executionDebt',
  'executionGap',
  'humanDebt',
  'technicalDebt',
  'visibilityDeficit',
  'executionReality',
] as const satisfies readonly (keyof Omit<Indices, 'band'>)[];
export type TrendIndex = (typeof TREND_INDICES)[number];

export interface TrendInputWorkshop {
  id: string;
  title: string;
  date: string;
  team: string;
  result: ScoreResult;
}

/** What the trend needs of an action agreed in the earlier workshop. */
export interface TrendInputAction {
  id: string;
  interventionId: string | null;
  title: string;
  owner: string;
  dueDate: string | null;
  targets: readonly string[];
}

const round1 = (value: number): number => {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
};

/** Higher is more debt, so a fall is better. */
export function directionOf(change: number | null): Direction {
  if (change === null) return 'insufficient';
  if (change <= -MOVEMENT_POINTS) return 'better';
  if (change >= MOVEMENT_POINTS) return 'worse';
  return 'unchanged';
}

/** The n behind an index: the dimension's respondents, the evidence entries, or all respondents. */
function indexN(result: ScoreResult, id: TrendIndex): number {
  const dimension = (name: string) => result.dimensions.find((d) => d.id === name)?.n ?? 0;
  switch (id) {
    case 'humanDebt':
      return dimension('human');
    case 'technicalDebt':
      return dimension('technical');
    case 'visibilityDeficit':
      return dimension('visibility');
    case 'executionReality':
      return dimension('execution');
    case 'executionGap':
      return result.evidence.realityCheck.entries + result.evidence.decisions.entries;
    case 'executionDebt':
    case 'executionDebtIndex':
      return result.n.respondents;
  }
}

/** The indices that take the Reality Check and Decision Replay in; the rest are perception only. */
const EVIDENCE_INDICES: ReadonlySet<TrendIndex> = new Set(['executionDebtIndex', 'executionGap']);

/** True when the workshop assessed at least one evidence entry (an unset field is not assessed). */
function hasEvidence(result: ScoreResult): boolean {
  return result.indices.executionGap !== null;
}

function series(
  id: string,
  chain: readonly TrendInputWorkshop[],
  figure: (result: ScoreResult) => { value: number | null; n: number },
  needsEvidence = false,
): TrendSeries {
  const points = chain.map((workshop) => ({ workshopId: workshop.id, ...figure(workshop.result) }));
  const last = points[points.length - 1];
  const before = points[points.length - 2];
  // A headline with evidence beside one without moves by the evidence alone (62.9 → 38 for the
  // same room): such a change is withheld and the perceived structural index speaks instead.
  const pair = chain.slice(-2);
  const incomparable =
    needsEvidence && pair.length === 2 && !pair.every((workshop) => hasEvidence(workshop.result))
      ? 'evidence_missing'
      : null;
  const change =
    incomparable !== null || last?.value == null || before?.value == null
      ? null
      : round1(last.value - before.value);
  return { id, points, change, direction: directionOf(change), incomparable };
}

function factorFigure(result: ScoreResult, factor: string): { value: number | null; n: number } {
  const score = result.factors.find((item) => item.id === factor);
  return { value: score?.mean ?? null, n: score?.n ?? 0 };
}

/**
 * The trend over a chain of linked workshops (oldest first, the current one last): every index
 * and factor per workshop with its n, the change since the workshop before, and for each action
 * agreed there whether the factors it targeted moved.
 */
export function buildTrend(
  chain: readonly TrendInputWorkshop[],
  previousActions: readonly TrendInputAction[],
): Trend {
  const current = chain[chain.length - 1];
  const previous = chain[chain.length - 2];
  if (current === undefined) throw new Error('A trend needs at least the current workshop');

  const actions: ActionMovement[] =
    previous === undefined
      ? []
      : previousActions.map((action) => {
          const targets = action.targets.map((factor) => {
            const before = factorFigure(previous.result, factor);
            const after = factorFigure(current.result, factor);
            const change =
              before.value === null || after.value === null
                ? null
                : round1(after.value - before.value);
            return {
              factor,
              before: { workshopId: previous.id, mean: before.value, n: before.n },
              after: { workshopId: current.id, mean: after.value, n: after.n },
              change,
              direction: directionOf(change),
            };
          });
          const changes = targets
            .map((target) => target.change)
            .filter((change): change is number => change !== null);
          const change =
            changes.length === 0
              ? null
              : round1(changes.reduce((sum, value) => sum + value, 0) / changes.length);
          return {
            actionId: action.id,
            interventionId: action.interventionId,
            title: action.title,
            owner: action.owner,
            dueDate: action.dueDate,
            targets,
            change,
            direction: directionOf(change),
          };
        });

  return {
    workshopId: current.id,
    followsId: previous?.id ?? null,
    workshops: chain.map((workshop) => ({
      id: workshop.id,
      title: workshop.title,
      date: workshop.date,
      team: workshop.team,
      respondents: workshop.result.n.respondents,
      evidence: hasEvidence(workshop.result),
    })),
    indices: TREND_INDICES.map((id) =>
      series(
        id,
        chain,
        (result) => ({ value: result.indices[id], n: indexN(result, id) }),
        EVIDENCE_INDICES.has(id),
      ),
    ),
    factors: FACTOR_IDS.map((factor) =>
      series(factor, chain, (result) => factorFigure(result, factor)),
    ),
    actions,
    threshold: MOVEMENT_POINTS,
  };
}
