import { z } from 'zod';
import { BandId, DimensionId, IntervalSchema, type ScoreResult } from '../scoring/result';

// A portfolio: several teams of one client side by side, for the executive who has more than one
// team. Built purely from each workshop's scored result (never from answers), so every figure it
// shows is a figure some single-team output already shows, or a count of such figures. That is
// what keeps a hidden team cell hidden when the portfolio is read beside any team's own report
// (docs/anonymity.md, "Portfolio").

const Score = z.number().min(0).max(100);
const Count = z.number().int().nonnegative();

/** One workshop as the portfolio builder receives it (the service reads these from the store). */
export interface PortfolioWorkshop {
  id: string;
  title: string;
  /** ISO date `YYYY-MM-DD` of the workshop. */
  date: string;
  team: string;
  client: string;
  /** The workshop this one follows up, if it is linked to an earlier one. */
  followsId: string | null;
  /** The scored result, exactly as the workshop's own results and report show it. */
  result: ScoreResult;
}

/** A column of the heatmap: the headline, one of the four dimensions, or a factor. */
export const PortfolioColumn = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('headline'), id: z.literal('headline') }),
  z.object({ kind: z.literal('dimension'), id: DimensionId }),
  /** `id` is the factor key `<prefix>.<factor>`, shared by every instrument in the portfolio. */
  z.object({ kind: z.literal('factor'), id: z.string(), dimension: DimensionId }),
]);
export type PortfolioColumn = z.infer<typeof PortfolioColumn>;

export const PortfolioCell = z.discriminatedUnion('shown', [
  z.object({
    shown: z.literal(true),
    /** 0–100, higher = more debt, as in the team's own results. */
    value: Score,
    interval: IntervalSchema.nullable(),
    /** People behind the figure in that team. */
    n: Count,
    /** Headline column only: the band of the value. */
    band: BandId.nullable(),
  }),
  z.object({
    shown: z.literal(false),
    /** below_threshold: fewer than k in the team answered it; no_data: nobody did. */
    reason: z.enum(['below_threshold', 'no_data']),
  }),
]);
export type PortfolioCell = z.infer<typeof PortfolioCell>;

/** One point of a team's trend: its headline in one workshop of its follow-up chain. */
export const PortfolioTrendPoint = z.object({
  workshopId: z.string(),
  date: z.string(),
  /** null when that workshop's headline is not shown (below k or no data). */
  headline: Score.nullable(),
});

export const PortfolioTeam = z.object({
  /** Stable key: the team name compared trimmed, case- and accent-insensitive. */
  key: z.string(),
  /** The team's name as written on its latest workshop (its title when the team is empty). */
  label: z.string(),
  /** The workshop whose figures the row shows: the team's latest in the portfolio. */
  workshopId: z.string(),
  date: z.string(),
  instrumentVersion: z.string(),
  /** Fewer than k people answered in the team: the whole row shows nothing. */
  withheld: z.boolean(),
  /** One cell per portfolio column, in column order. */
  cells: z.array(PortfolioCell),
  /** Earlier workshops of the same team in the portfolio, oldest first, then the latest. */
  trend: z.array(PortfolioTrendPoint),
});
export type PortfolioTeam = z.infer<typeof PortfolioTeam>;

/** A factor that carries debt across most teams (systemic) or in a few only (local). */
export const PortfolioPattern = z.object({
  factor: z.string(),
  dimension: DimensionId,
  kind: z.enum(['systemic', 'local']),
  /** Teams where the factor is clearly high (docs/scoring.md, "Portfolio"). */
  highTeams: z.array(z.string()),
  /** Teams where the factor is shown at all: the denominator of "high in 5 of 6 teams". */
  shownTeams: Count,
});
export type PortfolioPattern = z.infer<typeof PortfolioPattern>;

/** A team on the Debt Interaction Map: only teams whose three indices are all shown. */
export const PortfolioMapPoint = z.object({
  team: z.string(),
  humanDebt: Score,
  technicalDebt: Score,
  visibilityDeficit: Score,
  headline: Score.nullable(),
  band: BandId.nullable(),
});
export type PortfolioMapPoint = z.infer<typeof PortfolioMapPoint>;

export const PortfolioResultSchema = z.object({
  anonymityThreshold: z.number().int(),
  /** Instrument versions of the teams' latest workshops, sorted. */
  instrumentVersions: z.array(z.string()),
  /** Factors left out because not every instrument in the portfolio has them. */
  factorsNotShared: z.array(z.string()),
  columns: z.array(PortfolioColumn),
  teams: z.array(PortfolioTeam),
  patterns: z.array(PortfolioPattern),
  map: z.array(PortfolioMapPoint),
});
export type PortfolioResult = z.infer<typeof PortfolioResultSchema>;
